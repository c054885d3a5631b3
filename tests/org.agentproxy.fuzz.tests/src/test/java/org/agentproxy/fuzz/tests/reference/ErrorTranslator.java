package org.agentproxy.fuzz.tests.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agentproxy.policy.codec.PolicyFormatException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link PolicyFormatException}s that name the field, the line and the reason. */
final class ErrorTranslator {

    private ErrorTranslator() {
    }

    /**
     * @param e      what Jackson threw
     * @param json   the document, to find the line of the field Jackson names
     * @param factory the factory that parses it
     */
    static PolicyFormatException translate(JsonProcessingException e, byte[] json, JsonFactory factory) {
        JsonLocation loc = e.getLocation();
        String field = "";
        if (e instanceof JsonMappingException m) {
            field = path(m.getPath());
            JsonLocation exact = JsonLocator.locate(factory, json, m.getPath());
            loc = exact != null ? exact : loc;
        } else if (e instanceof StreamReadException r && r.getProcessor() instanceof JsonParser parser) {
            field = JsonLocator.dotted(parser.getParsingContext());
        }
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return new PolicyFormatException(field, Math.max(line, 0), Math.max(column, 0), reason(e));
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + known(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "\"" + f.getValue() + "\" is not one of " + enumValues(f.getTargetType());
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here";
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return String.valueOf(v.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "unexpected content after the policy object";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m);
        }
        if (e instanceof InputCoercionException) {
            return "number out of range";
        }
        if (e instanceof StreamReadException) {
            return "malformed JSON: " + sanitize(e.getOriginalMessage());
        }
        return sanitize(e.getOriginalMessage());
    }

    /**
     * Jackson's parser messages quote the offending token, which may be a password typed without quotes, and may
     * describe the source: both are cut.
     */
    static String sanitize(String message) {
        String first = String.valueOf(message).lines().findFirst().orElse("");
        int source = first.indexOf("[Source:");
        if (source >= 0) {
            first = first.substring(0, source).strip();
        }
        return first.replaceAll("token '[^']*'", "token").replaceAll("\\(`[^`]*`\\)", "").strip();
    }

    private static String expected(MismatchedInputException m) {
        Class<?> type = m.getTargetType();
        String original = m.getOriginalMessage();
        if (original != null && !original.startsWith("Cannot ") && !original.startsWith("Unexpected ")) {
            return original; // our own message (secrets)
        }
        if (type == int.class || type == Integer.class) {
            return "expected a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "expected true or false";
        }
        if (type == String.class) {
            return "expected a string";
        }
        if (type.isEnum()) {
            return "expected one of " + enumValues(type);
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
        return "; expected one of: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> "\"" + ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT) + "\"")
                .collect(Collectors.joining(", "));
    }
}
