package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.nio.file.Path;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords in the policy format: only references ({@code {"ref": "<key>"}}) are written and read; a plain-text
 * password is rejected and never repeated in the error. (DESIGN §5.10: "Secrets only in {@code ISecurePreferences} ...
 * never in a file, a log or an export.")
 */
class PolicyCodecSecretsTest {

    private static final String SECRET = "Tr0ub4dor&3-do-not-print";
    /** The internal agents' server proxy password in the sample. */
    private static final String SERVER_PASSWORD =
            "\"password\" : {\n        \"ref\" : \"internalAgents.server.password\"\n      }";

    @Test
    void everyPasswordIsWrittenAsARefAndNothingElse() throws Exception {
        Policy policy = policyWithAPasswordOnEveryEndpoint();

        String json = PolicyCodec.write(policy);

        Matcher password = Pattern.compile("\"password\"\\s*:\\s*").matcher(json);
        Pattern refOnly = Pattern.compile("\\{\\s*\"ref\"\\s*:\\s*\"([^\"]*)\"\\s*}");
        List<String> keys = new ArrayList<>();
        while (password.find()) {
            Matcher value = refOnly.matcher(json).region(password.end(), json.length());
            assertTrue(value.lookingAt(), () -> "a password that is not just {\"ref\": ...} at " + password.end()
                    + " in\n" + json);
            keys.add(value.group(1));
        }
        assertEquals(List.of("internalAgents.server.password", "internalAgents.smartProtection.password",
                "externalAgents.systemProxyCredentials.password", "externalAgents.serverUpdateProxy.password",
                "globalSmartProtection.proxy.password"), keys);
        assertEquals(policy, PolicyCodec.read(json));
    }

    @Test
    void aPlainTextPasswordIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PASSWORD, "\"password\" : \"" + SECRET + "\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.password", e.field());
        assertEquals(doc.lineOf(SECRET), e.line());
        assertTrue(e.reason().contains("plain-text passwords are not allowed"), e::reason);
        assertTrue(e.reason().contains("{\"ref\": \"<key>\"}"), () -> "says what to write instead: " + e.reason());
    }

    @Test
    void aPlainTextPasswordIsNotRepeatedInTheError() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PASSWORD, "\"password\" : \"" + SECRET + "\"");

        PolicyFormatException e = doc.rejected();

        assertSecretNotIn(e);
    }

    @Test
    void thePlainTextPasswordSampleIsRejectedWithoutRepeatingThePassword() {
        Path file = Samples.dir().resolve("invalid/plain-text-password.json");

        PolicyFormatException e = Rejections.rejected(() -> PolicyCodec.read(file), file.toString());

        assertEquals("internalAgents.server.password", e.field());
        assertEquals(6, e.line());
        assertFalse(e.getMessage().contains("not-a-real-password"), e::getMessage);
    }

    @Test
    void aPlainTextPasswordInABrokenFileIsNotRepeatedInTheError() {
        // a one-line file cut short: the parser's message quotes the document it was reading
        String oneLine = "{\"format\":\"agentproxy-policy/1\",\"name\":\"x\",\"internalAgents\":{\"server\":"
                + "{\"enabled\":true,\"host\":\"h\",\"port\":1,\"user\":\"u\",\"password\":\"" + SECRET + "\"}}";

        PolicyFormatException e = JsonDoc.of(oneLine).rejected();

        assertEquals(1, e.line());
        assertSecretNotIn(e);
    }

    @Test
    void anUnquotedPasswordIsNotRepeatedInTheError() {
        String unquoted = "Tr0ub4dor3donotprint";
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PASSWORD, "\"password\" : " + unquoted);

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf(unquoted), e.line());
        assertFalse(e.getMessage().contains(unquoted), e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "true", "[ \"x\" ]", "{ }", "{ \"ref\" : 7 }", "{ \"ref\" : \"bad key\" }",
            "{ \"ref\" : \"k\", \"value\" : \"" + SECRET + "\" }", "{ \"key\" : \"k\" }" })
    void aPasswordThatIsNotJustARefIsRejected(String value) {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PASSWORD, "\"password\" : " + value);

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.password", e.field());
        assertEquals(doc.lineOf("\"password\" : " + value), e.line());
        assertTrue(e.reason().contains("ref") || e.reason().startsWith("secret key must be"),
                () -> "says what a secret reference is: " + e.reason());
        assertSecretNotIn(e);
    }

    private static void assertSecretNotIn(PolicyFormatException e) {
        assertFalse(e.getMessage().contains(SECRET), () -> "the password is in the message: " + e.getMessage());
        assertFalse(e.reason().contains(SECRET), () -> "the password is in the reason: " + e.reason());
        assertFalse(e.toString().contains(SECRET), () -> "the password is in toString: " + e);
    }

    private static Policy policyWithAPasswordOnEveryEndpoint() {
        Policy p = TestPolicies.valid();
        return p.withInternalAgents(new InternalAgentsScope(withRef("internalAgents.server.password"),
                withRef("internalAgents.smartProtection.password")))
                .withExternalAgents(new ExternalAgentsScope(
                        new Credentials("roaming", SecretRef.forField("externalAgents.systemProxyCredentials.password")),
                        new ServerUpdateProxy(true, ProxyProtocol.HTTP, "dmz.corp.example", 3128, "osce",
                                SecretRef.forField("externalAgents.serverUpdateProxy.password"))))
                .withGlobalSmartProtection(new GlobalSmartProtectionScope(withRef("globalSmartProtection.proxy.password"),
                        p.globalSmartProtection().features()));
    }

    private static ProxyEndpoint withRef(String key) {
        return new ProxyEndpoint(true, "proxy.corp.example", 8080, "user", SecretRef.forField(key));
    }
}
