package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.codec.PolicyFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON that is not one well-formed object: rejected with the line and column where it goes wrong. */
class PolicyCodecSyntaxTest {

    private static final String SERVER_HOST =
            "\"host\" : \"proxy.corp.example\",\n      \"port\" : 8080,\n      \"user\"";

    @Test
    void aDuplicateKeyIsRejectedAtItsSecondOccurrence() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_HOST,
                "\"host\" : \"proxy.corp.example\",\n      \"host\" : \"other.corp.example\",\n      \"port\" : 8080,\n"
                        + "      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf("\"host\" : \"other.corp.example\""), e.line());
        assertTrue(e.reason().contains("Duplicate field 'host'"), e::reason);
    }

    @Test
    void aDuplicateKeyIsReportedWithItsPath() {
        JsonDoc doc = JsonDoc.sample().replace(SERVER_HOST,
                "\"host\" : \"proxy.corp.example\",\n      \"host\" : \"other.corp.example\",\n      \"port\" : 8080,\n"
                        + "      \"user\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("internalAgents.server.host", e.field());
    }

    @Test
    void aDuplicateTopLevelKeyIsRejected() {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false",
                "\"directFallback\" : false,\n  \"name\" : \"Second name\"");

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf("Second name"), e.line());
        assertTrue(e.reason().contains("Duplicate field 'name'"), e::reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{ }", "[ ]", "\"more\"", "42", "}", "x" })
    void contentAfterTheObjectIsRejected(String trailing) {
        JsonDoc doc = JsonDoc.of(JsonDoc.sample().text() + "\n" + trailing + "\n");

        PolicyFormatException e = doc.rejected();

        assertEquals("", e.field());
        assertEquals(doc.text().lines().count(), e.line(), "the line of the trailing content");
        assertEquals(1, e.column());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{ }", "[ ]", "\"more\"", "42" })
    void contentAfterTheObjectIsExplainedPlainly(String trailing) {
        PolicyFormatException e = JsonDoc.of(JsonDoc.sample().text() + "\n" + trailing + "\n").rejected();

        assertFalse(e.reason().contains("DeserializationFeature"), e::reason);
        assertFalse(e.reason().contains("com.fasterxml"), e::reason);
        assertTrue(e.reason().contains("after"), () -> "says there is content after the object: " + e.reason());
    }

    @Test
    void aMissingColonIsRejectedAtItsLineAndColumn() {
        JsonDoc doc = JsonDoc.sample().replace("\"name\" : \"Headquarters\",\n  \"description\"",
                "\"name\" \"Headquarters\",\n  \"description\"");

        PolicyFormatException e = doc.rejected();

        assertEquals("name", e.field(), "the member being read when the parser stopped");
        assertEquals(3, e.line());
        assertEquals(doc.columnOf("\"Headquarters\","), e.column());
        assertTrue(e.reason().startsWith("malformed JSON: "), e::reason);
        assertTrue(e.reason().contains("colon"), e::reason);
    }

    @Test
    void aTrailingCommaIsRejectedWhereTheParserStops() {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false", "\"directFallback\" : false,");

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.text().lines().count(), e.line(), "the closing brace after the comma");
        assertEquals(1, e.column());
        assertTrue(e.reason().startsWith("malformed JSON: "), e::reason);
    }

    @Test
    void anUnquotedValueIsRejectedAtItsLineAndColumn() {
        JsonDoc doc = JsonDoc.sample().replace("\"autoDetect\" : true", "\"autoDetect\" : yes");

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf(": yes"), e.line());
        assertEquals(doc.columnOf("yes"), e.column());
        assertTrue(e.reason().contains("Unrecognized token"), e::reason);
        assertFalse(e.reason().contains("yes"), "the token is not echoed (it could be a password): " + e.reason());
    }

    @Test
    void aFileCutShortIsRejectedAtItsEnd() {
        String full = JsonDoc.sample().text();
        JsonDoc doc = JsonDoc.of(full.substring(0, full.indexOf("\"smartProtectionSources\"")));

        PolicyFormatException e = doc.rejected();

        assertTrue(e.line() >= doc.text().lines().count(), () -> "line " + e.line());
        assertTrue(e.reason().contains("end-of-input"), e::reason);
    }

    @Test
    void commentsAreNotJson() {
        JsonDoc doc = JsonDoc.sample().replace("\"directFallback\" : false",
                "// no fallback\n  \"directFallback\" : false");

        PolicyFormatException e = doc.rejected();

        assertEquals(doc.lineOf("// no fallback"), e.line());
        assertTrue(e.reason().startsWith("malformed JSON: "), e::reason);
    }
}
