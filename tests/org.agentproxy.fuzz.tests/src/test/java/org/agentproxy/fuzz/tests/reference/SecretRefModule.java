package org.agentproxy.fuzz.tests.reference;

import java.io.IOException;

import org.agentproxy.policy.SecretRef;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Secrets in the policy format: only {@code {"ref": "<key>"}}. A string where a password is expected is rejected,
 * so a plain-text password typed into a file is never loaded (and never written back).
 */
final class SecretRefModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    static final String PLAIN_TEXT = "plain-text passwords are not allowed in a policy file; keep the password in "
            + "secure storage and refer to it as {\"ref\": \"<key>\"}";

    SecretRefModule() {
        super("agentproxy-secrets");
        addSerializer(SecretRef.class, new Writer());
        addDeserializer(SecretRef.class, new Reader());
    }

    private static final class Writer extends JsonSerializer<SecretRef> {
        @Override
        public void serialize(SecretRef value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("ref", value.key());
            gen.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<SecretRef> {
        @Override
        public SecretRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(SecretRef.class, PLAIN_TEXT);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(SecretRef.class, "expected {\"ref\": \"<key>\"}");
            }
            String key = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (!"ref".equals(name)) {
                    return ctxt.reportInputMismatch(SecretRef.class,
                            "unknown field \"" + name + "\": a secret is only {\"ref\": \"<key>\"}");
                }
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return ctxt.reportInputMismatch(SecretRef.class, "\"ref\" must be a string");
                }
                key = p.getText();
            }
            if (key == null) {
                return ctxt.reportInputMismatch(SecretRef.class, "missing \"ref\": expected {\"ref\": \"<key>\"}");
            }
            try {
                return new SecretRef(key);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(SecretRef.class, e.getMessage());
            }
        }
    }
}
