package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import java.util.List;
import java.util.stream.Stream;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URLs in a policy: the PAC script (DESIGN §2: "automatic proxy (WPAD auto-detect, PAC script URL)") and the update
 * sources (DESIGN §2: "update source order"). Both must be absolute http or https URLs with a valid host.
 */
class UrlValidationTest {

    static Stream<String> webUrls() {
        return Stream.of("http://wpad.corp.example/proxy.pac", "https://wpad.corp.example:8443/wpad.dat",
                "HTTP://WPAD.CORP.EXAMPLE/PROXY.PAC", "http://10.0.0.5/p.pac", "http://[2001:db8::5]:8080/p.pac",
                "https://ua-hq.corp.example:8080/activeupdate?x=1#top");
    }

    @ParameterizedTest
    @MethodSource("webUrls")
    void aPacUrlMayBeHttpOrHttps(String url) {
        assertNoProblems(TestPolicies.withAutomaticProxy(new AutomaticProxy(false, url)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/proxy.pac", "ftp://wpad.corp.example/proxy.pac", "wpad.corp.example/proxy.pac",
            "javascript:alert(1)", "garbage" })
    void aPacUrlOfAnotherSchemeIsAnError(String url) {
        Problem problem = assertOnlyErrorAt(TestPolicies.withAutomaticProxy(new AutomaticProxy(true, url)),
                "automaticProxy.pacUrl");

        assertMentions(problem, "must be an http or https URL", url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http:///proxy.pac", "http://:8080/proxy.pac", "https:proxy.pac" })
    void aPacUrlWithoutAHostIsAnError(String url) {
        Problem problem = assertOnlyErrorAt(TestPolicies.withAutomaticProxy(new AutomaticProxy(false, url)),
                "automaticProxy.pacUrl");

        assertMentions(problem, "no host");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://wpad corp/proxy.pac", "http://[2001:db8::5/p.pac", "http://wpad.corp.example/a b",
            "http://-wpad.corp.example/proxy.pac", "http://wpad..corp.example/proxy.pac", "http://256.1.1.1/p.pac" })
    void aMalformedPacUrlIsAnError(String url) {
        assertOnlyErrorAt(TestPolicies.withAutomaticProxy(new AutomaticProxy(false, url)), "automaticProxy.pacUrl");
    }

    @Test
    void aPacUrlMayHaveAnInternationalisedHost() {
        assertNoProblems(TestPolicies.withAutomaticProxy(new AutomaticProxy(false, "http://bücher.example/proxy.pac")));
    }

    @Test
    void aPacUrlMayHaveAPunycodeHost() {
        assertNoProblems(TestPolicies.withAutomaticProxy(new AutomaticProxy(false,
                "http://xn--bcher-kva.example/proxy.pac")));
    }

    @Test
    void autoDetectAloneIsValid() {
        assertNoProblems(TestPolicies.withAutomaticProxy(new AutomaticProxy(true, null)));
        assertNoProblems(TestPolicies.withAutomaticProxy(new AutomaticProxy(true, "  ")));
    }

    @ParameterizedTest
    @MethodSource("webUrls")
    void anUpdateSourceMayBeHttpOrHttps(String url) {
        assertNoProblems(TestPolicies.withUpdates(new UpdateSettings(
                List.of(new UpdateSource("UA", url), new UpdateSource("Backup", "https://ua-backup.corp.example/au")),
                true)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///srv/updates", "ftp://ua.corp.example/au", "\\\\ua\\share", "ua.corp.example",
            "http:///au", "http://ua_1.corp.example/au" })
    void anUpdateSourceUrlMustBeAWebUrlWithAHost(String url) {
        assertOnlyErrorAt(TestPolicies.withUpdates(new UpdateSettings(List.of(new UpdateSource("UA", url)), false)),
                "updates.sources[0].url");
    }

    @Test
    void anUpdateSourceNeedsAUrl() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withUpdates(new UpdateSettings(
                List.of(new UpdateSource("UA", "https://ua.corp.example/au"), new UpdateSource("Empty", " ")), false)),
                "updates.sources[1].url");

        assertMentions(problem, "is required");
    }

    @Test
    void aDuplicateUpdateSourceIsAnErrorIgnoringCase() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withUpdates(new UpdateSettings(
                List.of(new UpdateSource("UA", "https://ua.corp.example/au"),
                        new UpdateSource("Other", "https://ua2.corp.example/au"),
                        new UpdateSource("UA again", "HTTPS://UA.CORP.EXAMPLE/au")), true)),
                "updates.sources[2].url");

        assertMentions(problem, "duplicate", "sources[0]");
    }

    @Test
    void updateSourcesDifferingInPathCaseAreDistinct() {
        // scheme and host are case-insensitive, a URL path is not
        assertNoProblems(TestPolicies.withUpdates(new UpdateSettings(
                List.of(new UpdateSource("UA", "https://ua.corp.example/au"),
                        new UpdateSource("UA upper", "https://ua.corp.example/AU")), true)));
    }
}
