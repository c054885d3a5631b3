package org.agentproxy.policy.internal.codec;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.internal.json.JsonParseErrors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The document as a whole, before any value is bound: one well-formed JSON value without duplicate keys and
 * without content after it (else the parser's error at its line and column, under the path of the member being
 * read), an object, with the {@code "format"} this codec reads. Every token is read, every string and number
 * decoded, so that a broken document is reported as such before any member's value.
 */
final class DocumentCheck {

    private static final String FORMAT = "format";

    private DocumentCheck() {
    }

    static void check(JsonFactory factory, byte[] json, String format) throws PolicyFormatException {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken root = p.nextToken();
            JsonLocation formatAt = null;
            String unsupported = null;
            if (root == JsonToken.START_OBJECT) {
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    boolean isFormat = FORMAT.equals(p.currentName());
                    JsonToken value = p.nextToken();
                    if (!isFormat) {
                        walk(p, null);
                        continue;
                    }
                    formatAt = p.currentTokenLocation();
                    StringWriter declared = new StringWriter();
                    try (JsonGenerator g = factory.createGenerator(declared)) {
                        walk(p, g);
                    }
                    boolean supported = value == JsonToken.VALUE_STRING && format.equals(p.getText());
                    unsupported = supported ? null : declared.toString();
                }
            } else if (root != null) {
                walk(p, null);
            }
            if (root != null && p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new PolicyFormatException("", Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
                        "unexpected content after the policy object");
            }
            if (root == null) {
                throw new PolicyFormatException("", 1, 1, "the file is empty: expected a JSON object");
            }
            if (root != JsonToken.START_OBJECT) {
                throw new PolicyFormatException("", 1, 1, "expected a JSON object, not " + kind(root));
            }
            if (formatAt == null) {
                throw new PolicyFormatException(FORMAT, 1, 1,
                        "is missing: a policy file starts with \"format\": \"" + format + "\"");
            }
            if (unsupported != null) {
                throw new PolicyFormatException(FORMAT, formatAt.getLineNr(), formatAt.getColumnNr(),
                        "unsupported format " + unsupported + "; this version of Agent Proxy Studio reads \"" + format
                                + "\"");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (PolicyFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new PolicyFormatException("", 0, 0, e.getMessage());
        }
    }

    /**
     * Reads the value the parser is on to its end, decoding every string and number; copies it to {@code copy}
     * (compact JSON) when there is one.
     */
    private static void walk(JsonParser p, JsonGenerator copy) throws IOException {
        int depth = 0;
        do {
            JsonToken t = p.currentToken();
            switch (t) {
            case START_OBJECT -> {
                depth++;
                if (copy != null) {
                    copy.writeStartObject();
                }
            }
            case START_ARRAY -> {
                depth++;
                if (copy != null) {
                    copy.writeStartArray();
                }
            }
            case END_OBJECT -> {
                depth--;
                if (copy != null) {
                    copy.writeEndObject();
                }
            }
            case END_ARRAY -> {
                depth--;
                if (copy != null) {
                    copy.writeEndArray();
                }
            }
            case FIELD_NAME -> {
                if (copy != null) {
                    copy.writeFieldName(p.currentName());
                }
            }
            case VALUE_STRING -> {
                String text = p.getText();
                if (copy != null) {
                    copy.writeString(text);
                }
            }
            case VALUE_NUMBER_INT -> {
                Number n = p.getNumberValue();
                if (copy != null) {
                    copy.writeNumber(n.toString());
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (copy != null) {
                    copy.writeNumber(d);
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (copy != null) {
                    copy.writeBoolean(t == JsonToken.VALUE_TRUE);
                }
            }
            case VALUE_NULL -> {
                if (copy != null) {
                    copy.writeNull();
                }
            }
            default -> throw new IllegalStateException("unexpected token " + t);
            }
        } while (depth > 0 && p.nextToken() != null);
    }

    private static String kind(JsonToken root) {
        String kind = switch (root) {
        case START_ARRAY -> "array";
        case VALUE_STRING -> "string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
        case VALUE_TRUE, VALUE_FALSE -> "boolean";
        case VALUE_NULL -> "null";
        default -> root.name();
        };
        return kind.toLowerCase(Locale.ROOT);
    }

    /** The parser's own error: where it stopped, under the path of the member it was reading. */
    private static PolicyFormatException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new PolicyFormatException(JsonParseErrors.dotted(JsonParseErrors.path(e)), JsonParseErrors.line(at),
                JsonParseErrors.column(at), JsonParseErrors.reason(e));
    }
}
