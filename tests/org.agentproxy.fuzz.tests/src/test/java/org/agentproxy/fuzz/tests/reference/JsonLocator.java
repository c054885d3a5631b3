package org.agentproxy.fuzz.tests.reference;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Finds where a field path is in a document. Jackson reports some binding errors at the end of the enclosing
 * object (it buffers record properties); a person needs the line of the field itself.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /** The location of the value of the member (or of the list element) at the path, or {@code null} when it is not found. */
    static JsonLocation locate(JsonFactory factory, byte[] json, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return null;
        }
        String target = ErrorTranslator.path(path);
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
                    JsonStreamContext context = t == JsonToken.FIELD_NAME ? parser.getParsingContext()
                            : parser.getParsingContext().getParent() == null ? null : valueContext(parser, t);
                    if (context != null && target.equals(dotted(context))) {
                        if (t == JsonToken.FIELD_NAME) {
                            parser.nextToken(); // the value: where a wrong type or an unknown member's content is
                        }
                        return parser.currentTokenLocation();
                    }
                }
            }
        } catch (IOException e) {
            return null; // the document itself is broken: Jackson's own location stands
        }
        return null;
    }

    /** The context naming the current value: for an array element, the array with its index. */
    private static JsonStreamContext valueContext(JsonParser parser, JsonToken t) {
        JsonStreamContext context = parser.getParsingContext();
        return t.isStructStart() ? context.getParent() : context;
    }

    /** A parsing context as a dotted path with indexes, e.g. {@code a.b[2].c}. */
    static String dotted(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        return String.join("", parts);
    }
}
