package org.agentproxy.simulation.internal.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.internal.json.JsonParseErrors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Field paths as lists of member names and list indexes: shown as {@code world.hosts["sps1.corp.example"].family}
 * (a name with a dot, a colon or a space in brackets), and found in a document to name the line.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static List<Object> of(List<JsonMappingException.Reference> refs) {
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.add(ref.getIndex());
            }
        }
        return path;
    }

    static String display(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else if (step.toString().matches("[A-Za-z0-9_-]+")) {
                b.append(b.length() > 0 ? "." : "").append(step);
            } else {
                b.append("[\"").append(step).append("\"]");
            }
        }
        return b.toString();
    }

    /** Where the value at the path starts, or {@code null} when the path is not in the document. */
    static JsonLocation locate(JsonFactory factory, byte[] json, List<Object> path) {
        if (path.isEmpty()) {
            return null;
        }
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && path.equals(JsonParseErrors.path(parser.getParsingContext()))) {
                    parser.nextToken();
                    return parser.currentTokenLocation();
                }
                if ((t.isScalarValue() || t.isStructStart()) && inArray(parser, t)
                        && path.equals(JsonParseErrors.path(t.isStructStart() ? parser.getParsingContext().getParent()
                                : parser.getParsingContext()))) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean inArray(JsonParser parser, JsonToken t) {
        JsonStreamContext c = t.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
        return c != null && c.inArray();
    }
}
