package org.agentproxy.fuzz.tests.reference;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyFormatException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The policy codec as it was until issue 15 — Jackson databind binding the records by reflection — kept as the
 * reference that {@code PolicyCodecDifferentialTest} compares the streaming codec with. Not product code.
 * <p>
 * The JSON policy format on Jackson: strict on input (unknown fields, duplicate keys, wrong types, coercions,
 * trailing content are errors; an absent field takes its default: false, 0, empty) and stable on output ({@code "format"} first, enum values in lower case, empty
 * values left out).
 */
public final class DatabindPolicyCodec {

    private final String format;
    private final ObjectMapper mapper;

    public DatabindPolicyCodec(String format) {
        this.format = format;
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                // null inside a list is an error, not a silently dropped entry
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                // a number or a boolean where text is expected is an error, not text
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addMixIn(Policy.class, PolicyMixIn.class)
                .addModule(new SecretRefModule())
                .build();
    }

    public Policy read(byte[] json) throws PolicyFormatException {
        try {
            checkFormat(mapper.readTree(json), json);
            return mapper.readerFor(Policy.class).readValue(json);
        } catch (JsonProcessingException e) {
            throw ErrorTranslator.translate(e, json, mapper.getFactory());
        } catch (IOException e) {
            throw e instanceof PolicyFormatException f ? f : new PolicyFormatException("", 0, 0, e.getMessage());
        }
    }

    public String write(Policy policy) {
        ObjectNode document = mapper.createObjectNode();
        document.put("format", format);
        document.setAll((ObjectNode) mapper.valueToTree(policy));
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the value of a top-level member starts. */
    private JsonLocation locateTopLevel(byte[] json, String member) throws IOException {
        try (JsonParser parser = mapper.createParser(json)) {
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && depth == 1 && member.equals(parser.currentName())) {
                    parser.nextToken();
                    return parser.currentTokenLocation();
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
        }
        return JsonLocation.NA;
    }

    private void checkFormat(JsonNode document, byte[] json) throws IOException {
        if (document == null || document.isMissingNode()) {
            throw new PolicyFormatException("", 1, 1, "the file is empty: expected a JSON object");
        }
        if (!document.isObject()) {
            throw new PolicyFormatException("", 1, 1, "expected a JSON object, not " + document.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode declared = document.get("format");
        if (declared == null) {
            throw new PolicyFormatException("format", 1, 1,
                    "is missing: a policy file starts with \"format\": \"" + format + "\"");
        }
        if (!format.equals(declared.asText()) || !declared.isTextual()) {
            JsonLocation at = locateTopLevel(json, "format");
            throw new PolicyFormatException("format", at.getLineNr(), at.getColumnNr(), "unsupported format " + declared
                    + "; this version of Agent Proxy Studio reads \"" + format + "\"");
        }
    }
}
