package org.agentproxy.policy.internal.codec;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.internal.json.JsonParseErrors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * The JSON policy format on Jackson's streaming API (jackson-core only: no databind, no reflection — a command
 * that reads a policy starts faster): strict on input (unknown fields, duplicate keys, wrong types, coercions,
 * trailing content are errors; an absent field takes its default: false, 0, empty) and stable on output
 * ({@code "format"} first, enum values in lower case, empty values left out). A document is read twice: once as a
 * whole ({@link DocumentCheck}: well-formed, an object, the right format), then bound ({@link PolicyReader}).
 */
public final class JsonPolicyCodec {

    private final String format;
    private final JsonFactory factory;

    public JsonPolicyCodec(String format) {
        this.format = format;
        this.factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public Policy read(byte[] json) throws PolicyFormatException {
        DocumentCheck.check(factory, json, format);
        try (JsonParser parser = factory.createParser(json)) {
            return PolicyReader.read(parser);
        } catch (PolicyFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new PolicyFormatException("", 0, 0, JsonParseErrors.sanitize(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new PolicyFormatException("", 0, 0, e.getMessage());
        }
    }

    public String write(Policy policy) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            PolicyWriter.write(generator, format, policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
