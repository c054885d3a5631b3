package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.agentproxy.policy.net.HostNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Host names as policies use them: DNS names, IDNs, IPv4 and IPv6 literals. */
class HostNamesTest {

    private static final String LABEL_63 = "a".repeat(63);
    private static final String LABEL_64 = "a".repeat(64);

    @ParameterizedTest
    @ValueSource(strings = { "proxy.corp.example", "localhost", "a-b.example", "bücher.example", "xn--bcher-kva.example",
            "10.0.0.1", "::1", "[2001:db8::1]", "2001:db8::192.168.0.1", "PROXY.Corp.Example", "proxy.corp.example.",
            "a", "1a.example", "0.0.0.0", "255.255.255.255", "2001:0db8:0000:0000:0000:0000:0000:0001" })
    void accepted(String host) {
        assertEquals(Optional.empty(), HostNames.problem(host));
    }

    @Test
    void aLabelOf63CharactersIsAccepted() {
        assertEquals(Optional.empty(), HostNames.problem(LABEL_63 + ".example"));
    }

    @Test
    void aNameOf253CharactersIsAccepted() {
        String name = String.join(".", LABEL_63, LABEL_63, LABEL_63, "a".repeat(61)); // 63*3 + 61 + 3 dots

        assertEquals(253, name.length());
        assertEquals(Optional.empty(), HostNames.problem(name));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "proxy..example      | empty label",
            "-bad.example        | hyphen",
            "bad-.example        | hyphen",
            "256.1.1.1           | not a valid IPv4 address",
            "1.2.3               | not a valid IPv4 address",
            "01.2.3.4            | not a valid IPv4 address",
            "1.2.3.4.5           | not a valid IPv4 address",
            "2001:db8:::1        | not a valid IPv6 address",
            "fe80::1%eth0        | not a valid IPv6 address",
            "[::1                | not a valid IPv6 address",
            "1:2:3:4:5:6:7:8:9   | not a valid IPv6 address",
            "under_score.example | contains '_'",
            "'space host'        | contains a space",
            ".example            | empty label",
            "*.example           | contains '*'" })
    void rejectedWithAReason(String host, String reason) {
        Optional<String> problem = HostNames.problem(host);

        assertTrue(problem.isPresent(), () -> host + " was accepted");
        assertTrue(problem.get().toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT)),
                () -> "reason for " + host + ": " + problem.get());
    }

    @Test
    void anEmptyHostIsRejected() {
        assertEquals(Optional.of("is empty"), HostNames.problem(""));
        assertEquals(Optional.of("is empty"), HostNames.problem(null));
    }

    @Test
    void aLabelOf64CharactersIsRejected() {
        Optional<String> problem = HostNames.problem(LABEL_64 + ".example");

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("too long") || problem.get().contains("longer than 63"), problem::get);
    }

    @Test
    void aNameLongerThan253CharactersIsRejected() {
        String name = String.join(".", LABEL_63, LABEL_63, LABEL_63, "a".repeat(62)); // 254

        assertEquals(254, name.length());
        assertEquals(Optional.of("host name is longer than 253 characters"), HostNames.problem(name));
    }

    @Test
    void theReasonQuotesTheHost() {
        assertTrue(HostNames.problem("proxy..example").orElseThrow().startsWith("\"proxy..example\""));
        assertTrue(HostNames.problem("256.1.1.1").orElseThrow().startsWith("\"256.1.1.1\""));
    }

    @Test
    void aSpaceIsNamedAsASpaceNotInTheIdnLibrarysWords() {
        Optional<String> problem = HostNames.problem("proxy corp.example");

        assertEquals(Optional.of("contains a space (\"proxy corp.example\")"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = { "under_score.example", "*.example", "proxy!.example", "a b", "proxy\tcorp", "bü cher.example" })
    void noReasonUsesTheLibrarysWording(String host) {
        Optional<String> problem = HostNames.problem(host);

        assertTrue(problem.isPresent(), () -> host + " was accepted");
        assertFalse(problem.get().contains("LDH"), problem::get);
        assertFalse(problem.get().contains("STD3"), problem::get);
    }

    @Test
    void aForbiddenCharacterIsShownWithWhatAHostNameMayHave() {
        assertEquals(Optional.of("contains '_' (\"under_score.example\"): a host name has only letters, digits, '-' "
                + "and '.'"), HostNames.problem("under_score.example"));
        assertTrue(HostNames.problem("*.corp.example").orElseThrow().endsWith("a wildcard belongs in the bypass list"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "例え。テスト", "bücher．example", "παράδειγμα.δοκιμή" })
    void internationalLettersAndDotsAreNotForbiddenCharacters(String host) {
        assertEquals(Optional.empty(), HostNames.problem(host));
    }
}
