package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import java.util.List;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.policy.WebReputation;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document as a whole: its {@code "format"} member, what it must be, and what may be left out. */
class PolicyCodecDocumentTest {

    private static final String FORMAT_MEMBER = "\"format\" : \"agentproxy-policy/1\"";

    @Test
    void anUnknownFormatVersionIsRejectedAtTheFormatMember() {
        JsonDoc doc = JsonDoc.sample().replace(FORMAT_MEMBER, "\"format\" : \"agentproxy-policy/9\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("format", e.field());
        assertEquals(doc.lineOf("agentproxy-policy/9"), e.line());
        assertEquals(doc.columnOf("\"agentproxy-policy/9\""), e.column());
        assertTrue(e.reason().contains("unsupported format \"agentproxy-policy/9\""), e::reason);
        assertTrue(e.reason().contains("reads \"agentproxy-policy/1\""),
                () -> "names the format it reads: " + e.reason());
    }

    @Test
    void theFormatIsFoundWhereverItIsInTheObject() {
        JsonDoc doc = JsonDoc.sample().replace(FORMAT_MEMBER + ",\n", "")
                .replace("\"directFallback\" : false",
                        "\"directFallback\" : false,\n  \"format\" : \"agentproxy-policy/2\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("format", e.field());
        assertEquals(doc.lineOf("agentproxy-policy/2"), e.line());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "null", "true", "[ \"agentproxy-policy/1\" ]", "{ \"version\" : 1 }", "\"\"",
            "\"AGENTPROXY-POLICY/1\"", "\"agentproxy-policy/1 \"" })
    void aFormatThatIsNotExactlyTheSupportedStringIsRejected(String value) {
        JsonDoc doc = JsonDoc.sample().replace(FORMAT_MEMBER, "\"format\" : " + value);

        PolicyFormatException e = doc.rejected();

        assertEquals("format", e.field());
        assertEquals(2, e.line());
        assertTrue(e.reason().startsWith("unsupported format"), e::reason);
    }

    @Test
    void theUnknownFormatSampleIsRejectedAtItsFormatLine() {
        Path file = Samples.dir().resolve("invalid/unknown-format.json");

        PolicyFormatException e = Rejections.rejected(() -> PolicyCodec.read(file), file.toString());

        assertEquals("format", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void aMissingFormatIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace(FORMAT_MEMBER + ",\n", "");

        PolicyFormatException e = doc.rejected();

        assertEquals("format", e.field());
        assertEquals(1, e.line(), "reported at the start of the document");
        assertTrue(e.reason().contains("is missing"), e::reason);
        assertTrue(e.reason().contains(FORMAT_MEMBER.replace(" : ", ": ")), () -> "says what to add: " + e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\n\n  \t\n" })
    void anEmptyFileIsRejected(String content) {
        PolicyFormatException e = JsonDoc.of(content).rejected();

        assertEquals("", e.field());
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("empty"), e::reason);
        assertTrue(e.reason().contains("expected a JSON object"), e::reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[ { \"format\" : \"agentproxy-policy/1\" } ]", "\"agentproxy-policy/1\"", "42", "null" })
    void aDocumentThatIsNotAnObjectIsRejected(String content) {
        PolicyFormatException e = JsonDoc.of(content).rejected();

        assertEquals("", e.field());
        assertEquals(1, e.line());
        assertTrue(e.reason().startsWith("expected a JSON object, not "), e::reason);
    }

    @Test
    void aJsonArrayIsNamedAsSuch() {
        PolicyFormatException e = JsonDoc.of("[ ]").rejected();

        assertEquals("expected a JSON object, not array", e.reason());
    }

    @Test
    void theMessageSaysFieldReasonAndPosition() {
        PolicyFormatException e = new PolicyFormatException("internalAgents.server.port", 12, 17,
                "expected a whole number");

        assertEquals("internalAgents.server.port: expected a whole number (line 12, column 17)", e.getMessage());
        assertEquals("expected a whole number", new PolicyFormatException("", 0, 0, "expected a whole number")
                .getMessage(), "no field and no position when neither is known");
    }

    /** Policy: "absent parts take their documented defaults". */
    @Test
    void absentSectionsTakeTheirDefaults() throws Exception {
        Policy policy = PolicyCodec.read("""
                {
                  "format" : "agentproxy-policy/1",
                  "name" : "Minimal",
                  "server" : { "host" : "osce.corp.example", "port" : 4343 }
                }
                """);

        assertEquals("Minimal", policy.name());
        assertEquals(new HostPort("osce.corp.example", 4343), policy.server());
        assertEquals(InternalAgentsScope.DEFAULT, policy.internalAgents());
        assertEquals(ExternalAgentsScope.DEFAULT, policy.externalAgents());
        assertEquals(GlobalSmartProtectionScope.DEFAULT, policy.globalSmartProtection());
        assertEquals(UserProxyPrivilege.DEFAULT, policy.userProxyPrivilege());
        assertEquals(AutomaticProxy.NONE, policy.automaticProxy());
        assertEquals(LocationAwareness.DEFAULT, policy.locationAwareness());
        assertEquals(SmartProtectionSources.EMPTY, policy.smartProtectionSources());
        assertEquals(WebReputation.DEFAULT, policy.webReputation());
        assertEquals(UpdateSettings.DEFAULT, policy.updates());
        assertEquals(List.of(), policy.bypassList());
        assertFalse(policy.directFallback());
    }

    @Test
    void explicitNullSectionsTakeTheirDefaultsToo() throws Exception {
        Policy policy = PolicyCodec.read("""
                {
                  "format" : "agentproxy-policy/1",
                  "name" : "Nulls",
                  "internalAgents" : null,
                  "userProxyPrivilege" : null,
                  "bypassList" : null
                }
                """);

        assertEquals(InternalAgentsScope.DEFAULT, policy.internalAgents());
        assertEquals(UserProxyPrivilege.DEFAULT, policy.userProxyPrivilege());
        assertEquals(List.of(), policy.bypassList());
    }

    @Test
    void absentMembersTakeTheirDefaults() throws Exception {
        Policy policy = PolicyCodec.read("""
                {
                  "format" : "agentproxy-policy/1",
                  "name" : "Minimal",
                  "server" : { "host" : "osce.corp.example", "port" : 4343 },
                  "internalAgents" : { "smartProtection" : { "host" : "proxy.corp.example" } },
                  "globalSmartProtection" : { "features" : { "behavior-monitoring" : { } } }
                }
                """);

        assertFalse(policy.directFallback());
        assertFalse(policy.internalAgents().smartProtection().enabled());
        assertEquals(0, policy.internalAgents().smartProtection().port());
        assertFalse(policy.globalSmartProtection().features().get("behavior-monitoring").useGlobalProxy());
    }
}
