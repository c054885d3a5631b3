package org.agentproxy.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The policy codec ({@code agentproxy-policy/1}) on any bytes: a policy or a {@link PolicyFormatException}, never
 * another exception; what it reads writes back to the same policy; a plain-text password it refuses is not in the
 * message.
 */
class PolicyCodecFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void readsAnyBytesOrSaysWhy(byte[] input) throws IOException {
        Policy policy;
        try {
            policy = PolicyCodec.read(new ByteArrayInputStream(input));
        } catch (PolicyFormatException expected) {
            Fuzzing.checkMessage(expected);
            return;
        }
        assertEquals(policy, PolicyCodec.read(PolicyCodec.write(policy)), "a policy read writes back the same");
    }

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void neverEchoesAPlainTextPassword(FuzzedDataProvider data) throws IOException {
        String password = Fuzzing.SECRET_MARK + data.consumeString(64);
        String where = data.pickValue(new String[] {"internalAgents", "externalAgents"});
        String around = data.consumeRemainingAsString();
        String json = "{\"format\": \"agentproxy-policy/1\", \"name\": \"P\", \"server\": {\"host\": \"o.example\", "
                + "\"port\": 4343}, \"" + where + "\": {\"server\": {\"enabled\": true, \"host\": \"p.example\", "
                + "\"port\": 8080, \"user\": \"u\", \"password\": " + JSON.writeValueAsString(password) + around
                + "}}}";
        try {
            PolicyCodec.read(json);
        } catch (PolicyFormatException refused) {
            assertFalse(refused.getMessage().contains(password), "the refusal echoes the password");
            assertFalse(String.valueOf(refused.reason()).contains(password), "the reason echoes the password");
            return;
        }
        throw new AssertionError("a plain-text password was accepted");
    }
}
