package org.agentproxy.simulation.internal.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.agentproxy.simulation.codec.ScenarioFormatException;
import org.agentproxy.simulation.scenario.Scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The scenario format on Jackson, strict as the policy format: unknown and duplicate fields, wrong types, coercions,
 * {@code null} in lists and trailing content are errors; absent members take their defaults.
 */
public final class JsonScenarioCodec {

    private final String format;
    private final ObjectMapper mapper;

    public JsonScenarioCodec(String format) {
        this.format = format;
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                // a number or a boolean where text is expected is an error, not text
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    public Scenario read(byte[] json) throws ScenarioFormatException {
        try {
            checkFormat(mapper.readTree(json), json);
            ScenarioDocument.Root doc = mapper.readerFor(ScenarioDocument.Root.class).readValue(json);
            return ScenarioMapper.toScenario(doc);
        } catch (Invalid e) {
            throw JsonErrors.at(e.path(), e.getMessage(), json, mapper.getFactory());
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, json, mapper.getFactory());
        } catch (IOException e) {
            throw e instanceof ScenarioFormatException f ? f : new ScenarioFormatException("", 0, 0, e.getMessage());
        }
    }

    public String write(Scenario scenario) {
        ObjectNode document = mapper.createObjectNode();
        document.put("format", format);
        document.setAll((ObjectNode) mapper.valueToTree(ScenarioWriter.toDocument(scenario)));
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkFormat(JsonNode document, byte[] json) throws ScenarioFormatException {
        if (document == null || document.isMissingNode()) {
            throw new ScenarioFormatException("", 1, 1, "the file is empty: expected a JSON object");
        }
        if (!document.isObject()) {
            throw new ScenarioFormatException("", 1, 1, "expected a JSON object, not "
                    + document.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        JsonNode declared = document.get("format");
        if (declared == null) {
            throw new ScenarioFormatException("format", 1, 1,
                    "is missing: a scenario file starts with \"format\": \"" + format + "\"");
        }
        if (!declared.isTextual() || !format.equals(declared.asText())) {
            JsonLocation at = JsonPaths.locate(mapper.getFactory(), json, List.of("format"));
            throw new ScenarioFormatException("format", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "unsupported format " + declared
                            + "; this version of Agent Proxy Studio reads \"" + format + "\"");
        }
    }
}
