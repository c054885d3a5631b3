package org.agentproxy.policy.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * How a Jackson parse error reads to a person, the same for every file format of the product (policies, scenarios):
 * the path of the member the parser was reading, the reason without the offending token (it may be a password typed
 * without quotes) or the description of the source, and the line and column (0 when unknown). Each codec renders the
 * path its own way and wraps the parts in its own exception.
 */
public final class JsonParseErrors {

    private JsonParseErrors() {
    }

    /**
     * The reason of a parse error: {@code number out of range} for a number too large for its type, else the
     * parser's message {@linkplain #sanitize(String) sanitized}, after {@code malformed JSON: } when it is a
     * stream-reading (syntax) error.
     */
    public static String reason(JsonProcessingException e) {
        if (e instanceof InputCoercionException) {
            return "number out of range";
        }
        return (e instanceof StreamReadException ? "malformed JSON: " : "") + sanitize(e.getOriginalMessage());
    }

    /**
     * Jackson's parser messages quote the offending token, which may be a password typed without quotes, and may
     * describe the source: both are cut, and only the first line is kept.
     */
    public static String sanitize(String message) {
        String first = String.valueOf(message).lines().findFirst().orElse("");
        int source = first.indexOf("[Source:");
        if (source >= 0) {
            first = first.substring(0, source).strip();
        }
        return first.replaceAll("token '[^']*'", "token").replaceAll("\\(`[^`]*`\\)", "").strip();
    }

    /**
     * The path of the member the parser was reading when it failed, as member names and list indexes from the
     * document's root; empty when the error does not come from a parser.
     */
    public static List<Object> path(JsonProcessingException e) {
        if (e instanceof StreamReadException r && r.getProcessor() instanceof JsonParser parser) {
            return path(parser.getParsingContext());
        }
        return List.of();
    }

    /** A parsing context as member names ({@link String}) and list indexes ({@link Integer}) from the root. */
    public static List<Object> path(JsonStreamContext context) {
        List<Object> path = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.add(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.add(c.getCurrentIndex());
            }
        }
        Collections.reverse(path);
        return path;
    }

    /** A path as the policy format names fields: dotted member names with indexes, e.g. {@code a.b[2].c}. */
    public static String dotted(Iterable<?> path) {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.isEmpty() ? "" : ".").append(step);
            }
        }
        return b.toString();
    }

    /** The line of a location, 0 when unknown. */
    public static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    /** The column of a location, 0 when unknown. */
    public static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }
}
