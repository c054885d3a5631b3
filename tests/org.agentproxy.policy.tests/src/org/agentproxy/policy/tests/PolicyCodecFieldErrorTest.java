package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A member the format does not know, or a value of the wrong type: rejected with its path, line and reason. */
class PolicyCodecFieldErrorTest {

    /** The internal agents' server proxy section of the sample (lines 9-18). */
    private static final String SERVER_HOST =
            "\"host\" : \"proxy.corp.example\",\n      \"port\" : 8080,\n      \"user\"";
    private static final String SERVER_PORT = "\"port\" : 8080,\n      \"user\"";

    @Test
    void anUnknownMemberIsRejectedWithItsPathAndTheKnownNames() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_HOST, SERVER_HOST.replace("\"host\"", "\"hots\""));

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.hots", e.field());
        assertEquals("unknown field \"hots\"; expected one of: enabled, host, password, port, user", e.reason());
        assertTrue(e.line() >= doc.lineOf("\"hots\""), () -> "line " + e.line());
    }

    @Test
    void anUnknownMemberIsReportedAtItsOwnLine() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_HOST, SERVER_HOST.replace("\"host\"", "\"hots\""));

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf("\"hots\""), e.line());
    }

    @Test
    void anUnknownTopLevelMemberListsEveryTopLevelName() {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false",
                "\"directFallback\" : false,\n  \"directFallbak\" : true");

        PolicyFormatException e = doc.rejected();

        assertEquals("directFallbak", e.field());
        assertEquals("unknown field \"directFallbak\"; expected one of: automaticProxy, bypassList, description, "
                + "directFallback, externalAgents, globalSmartProtection, internalAgents, locationAwareness, name, "
                + "server, smartProtectionSources, updates, userProxyPrivilege, webReputation", e.reason());
        assertTrue(e.line() > 0);
    }

    @Test
    void aStringPortIsRejectedAsNotAWholeNumber() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PORT, "\"port\" : \"8080\",\n      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.port", e.field());
        assertEquals(doc.lineOf("\"8080\""), e.line());
        assertEquals(doc.columnOf("\"8080\""), e.column());
        assertTrue(e.reason().contains("whole number"), e::reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8080.5", "8080.0", "8.08e3", "true", "[ 8080 ]", "{ }" })
    void aPortThatIsNotAnIntegerIsRejectedAsNotAWholeNumber(String value) {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PORT, "\"port\" : " + value + ",\n      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.port", e.field());
        assertEquals(doc.lineOf("\"port\" : " + value), e.line());
        assertEquals("expected a whole number", e.reason());
    }

    /** Databind read a blank string as 0 here (its coercion of blank text to an absent number); it is text. */
    @ParameterizedTest
    @ValueSource(strings = { "\" \"", "\"\\t\"", "\"\\u0000\"" })
    void aBlankStringIsNotAWholeNumber(String value) {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PORT, "\"port\" : " + value + ",\n      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.port", e.field());
        assertEquals(doc.lineOf("\"port\" : " + value), e.line());
        assertEquals("expected a whole number", e.reason());
    }

    @Test
    void aPortBeyondTheIntegerRangeIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_PORT, "\"port\" : 99999999999,\n      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.port", e.field());
        assertEquals(doc.lineOf("99999999999"), e.line());
        assertTrue(e.reason().contains("out of range"), e::reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"true\"", "1", "0", "\"false\"" })
    void aBooleanThatIsNotTrueOrFalseIsRejected(String value) {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false", "\"directFallback\" : " + value);

        PolicyFormatException e = doc.rejected();

        assertEquals("directFallback", e.field());
        assertEquals(doc.lineOf("\"directFallback\""), e.line());
        assertEquals("expected true or false", e.reason());
    }

    /** Databind read a blank string as false here; it is text. */
    @ParameterizedTest
    @ValueSource(strings = { "\" \"", "\"\\t\"" })
    void aBlankStringIsNotABoolean(String value) {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false", "\"directFallback\" : " + value);

        PolicyFormatException e = doc.rejected();

        assertEquals("directFallback", e.field());
        assertEquals(doc.lineOf("\"directFallback\""), e.line());
        assertEquals("expected true or false", e.reason());
    }

    @Test
    void anObjectWhereTextIsExpectedIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace("\"name\" : \"Headquarters\",\n  \"description\"",
                "\"name\" : { },\n  \"description\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("name", e.field());
        assertEquals(3, e.line());
        assertEquals("expected a string", e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = { "42", "1.5", "true" })
    void aScalarWhereTextIsExpectedIsRejected(String value) {
        JsonDoc doc = JsonDoc.sample().replace("\"name\" : \"Headquarters\",\n  \"description\"",
                "\"name\" : " + value + ",\n  \"description\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("name", e.field());
        assertEquals(3, e.line());
        assertEquals("expected a string", e.reason());
    }

    @Test
    void anObjectWhereAListIsExpectedIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace("\"bypassList\" : [ \"<local>\", \"*.corp.example\", \"10.0.0.0/8\", "
                + "\"fd00::/8\" ]", "\"bypassList\" : { \"entry\" : \"<local>\" }");

        PolicyFormatException e = doc.rejected();

        assertEquals("bypassList", e.field());
        assertEquals(doc.lineOf("\"bypassList\""), e.line());
        assertEquals("expected a list", e.reason());
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        JsonDoc doc = JsonDoc.sample().replace("\"protocol\" : \"http\"", "\"protocol\" : \"socks5\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("externalAgents.serverUpdateProxy.protocol", e.field());
        assertEquals(doc.lineOf("\"socks5\""), e.line());
        assertEquals("\"socks5\" is not one of \"http\", \"socks4\"", e.reason());
    }

    @Test
    void aNumberIsNotAnEnumValue() {
        JsonDoc doc = JsonDoc.sample().replace("\"applyMode\" : \"future_domains_only\"", "\"applyMode\" : 1");

        PolicyFormatException e = doc.rejected();

        assertEquals("userProxyPrivilege.applyMode", e.field());
        assertEquals(doc.lineOf("\"applyMode\""), e.line());
        assertTrue(e.reason().contains("\"all_agents\", \"future_domains_only\""), e::reason);
    }

    @Test
    void enumValuesAreReadInAnyCase() throws Exception {
        JsonDoc doc = JsonDoc.sample().replace("\"protocol\" : \"http\"", "\"protocol\" : \"SOCKS4\"");

        Policy policy = PolicyCodec.read(doc.text());


        assertEquals(ProxyProtocol.SOCKS4, policy.externalAgents().serverUpdateProxy().protocol());
        assertTrue(PolicyCodec.write(policy).contains("\"protocol\" : \"socks4\""), "written in lower case");
    }

    @Test
    void aPathThroughAListNamesTheIndex() {
        // the second entry of the standard list: sps1.corp.example
        JsonDoc doc = JsonDoc.sample().replace("\"host\" : \"sps1.corp.example\",\n      \"port\" : 5275",
                "\"host\" : \"sps1.corp.example\",\n      \"port\" : \"5275\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("smartProtectionSources.standardList[1].port", e.field());
        assertEquals(doc.lineOf("\"5275\""), e.line());
        assertEquals("expected a whole number", e.reason());
    }

    @Test
    void aPathThroughNestedListsNamesEveryIndex() {
        // the custom list's second source (sps1.corp.example, indented deeper than the standard list's)
        JsonDoc doc = JsonDoc.sample().replace("\"host\" : \"sps1.corp.example\",\n        \"port\" : 5275,\n"
                + "        \"protocol\" : \"https\"", "\"host\" : \"sps1.corp.example\",\n        \"port\" : 5275,\n"
                        + "        \"protocol\" : \"ftp\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("smartProtectionSources.customLists[0].sources[1].protocol", e.field());
        assertEquals(doc.lineOf("\"ftp\""), e.line());
        assertEquals("\"ftp\" is not one of \"http\", \"https\"", e.reason());
    }

    @Test
    void aPathThroughTheAgentTreeNamesEveryIndex() {
        JsonDoc doc = JsonDoc.sample().replace("\"name\" : \"hq-lab-0042\",\n          \"kind\" : \"agent\"",
                "\"name\" : \"hq-lab-0042\",\n          \"kind\" : \"laptop\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("userProxyPrivilege.root.children[0].children[1].kind", e.field());
        assertEquals(doc.lineOf("\"laptop\""), e.line());
        assertEquals("\"laptop\" is not one of \"root\", \"domain\", \"agent\"", e.reason());
    }

    @Test
    void aPathThroughAMapNamesTheKey() {
        JsonDoc doc = JsonDoc.sample().replace("\"behavior-monitoring\" : {\n        \"useGlobalProxy\" : true",
                "\"behavior-monitoring\" : {\n        \"useGlobalProxy\" : \"yes\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("globalSmartProtection.features.behavior-monitoring.useGlobalProxy", e.field());
        assertEquals(doc.lineOf("\"yes\""), e.line());
        assertEquals("expected true or false", e.reason());
    }

    @Test
    void aNullInAListIsRejectedWithAReadableReason() {
        JsonDoc doc = JsonDoc.sample().replace("[ \"<local>\",", "[ null, \"<local>\",");

        PolicyFormatException e = doc.rejected();

        assertEquals("bypassList[0]", e.field());
        assertFalse(e.reason() == null || e.reason().equals("null"), () -> "reason: " + e.reason());
    }
}
