package org.agentproxy.simulation.internal.codec;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agentproxy.policy.internal.json.JsonParseErrors;
import org.agentproxy.simulation.codec.ScenarioFormatException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Jackson's exceptions as {@link ScenarioFormatException}s naming the field path, the line and the reason. */
final class JsonErrors {

    private JsonErrors() {
    }

    static ScenarioFormatException translate(JsonProcessingException e, byte[] json, JsonFactory factory) {
        JsonLocation loc = e.getLocation();
        List<Object> path;
        if (e instanceof JsonMappingException m) {
            path = JsonPaths.of(m.getPath());
            JsonLocation exact = JsonPaths.locate(factory, json, path);
            loc = exact != null ? exact : loc;
        } else {
            path = JsonParseErrors.path(e);
        }
        return at(JsonPaths.display(path), loc, reason(e));
    }

    /** An error at a path, located in the document. */
    static ScenarioFormatException at(List<Object> path, String reason, byte[] json, JsonFactory factory) {
        return at(JsonPaths.display(path), JsonPaths.locate(factory, json, path), reason);
    }

    private static ScenarioFormatException at(String field, JsonLocation loc, String reason) {
        return new ScenarioFormatException(field, JsonParseErrors.line(loc), JsonParseErrors.column(loc), reason);
    }

    private static String reason(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + known(u.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "unexpected content after the scenario object";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType(), original);
        }
        if (original.startsWith("Duplicate field")) {
            return "duplicate field " + original.substring("Duplicate field ".length()).replace('\'', '"');
        }
        return JsonParseErrors.reason(e);
    }

    private static String expected(Class<?> type, String original) {
        if (type == Integer.class || type == int.class) {
            return "expected a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (type == String.class) {
            return "expected a string";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "expected a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "expected an object";
        }
        return original;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return "; expected one of: " + ids.stream().map(String::valueOf).filter(s -> !s.equals("format")).sorted()
                .collect(Collectors.joining(", "));
    }
}
