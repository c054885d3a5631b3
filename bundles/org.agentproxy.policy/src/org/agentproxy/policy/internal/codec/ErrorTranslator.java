package org.agentproxy.policy.internal.codec;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agentproxy.policy.codec.PolicyFormatException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link PolicyFormatException}s that name the field, the line and the reason. */
final class ErrorTranslator {

    private ErrorTranslator() {
    }

    static PolicyFormatException translate(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
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
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m);
        }
        if (e instanceof InputCoercionException) {
            return "number out of range";
        }
        if (e instanceof JsonParseException) {
            return "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
        return e.getOriginalMessage();
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
