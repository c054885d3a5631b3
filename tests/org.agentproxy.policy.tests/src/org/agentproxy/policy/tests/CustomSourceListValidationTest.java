package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyWarningAt;
import static org.agentproxy.policy.tests.TestPolicies.customList;
import static org.agentproxy.policy.tests.TestPolicies.https;

import java.util.List;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Custom source lists: their names and IP ranges. DESIGN §2: "custom lists chosen by the agent's IP range, ordered" —
 * so ranges of different lists must not overlap, or an agent would be in two lists.
 */
class CustomSourceListValidationTest {

    private static final String LISTS = "smartProtectionSources.customLists";
    private static final SpsSource SPS = https("sps.corp.example", 5275);

    private static Policy lists(CustomSourceList... lists) {
        return TestPolicies.withSources(List.of(), lists);
    }

    private static CustomSourceList list(String name, String from, String to) {
        return customList(name, from, to, SPS);
    }

    @ParameterizedTest(name = "{0}-{1} and {2}-{3}")
    @CsvSource({
            "10.0.0.0, 10.0.255.255, 10.0.128.0, 10.1.0.0", // partly
            "10.0.0.0, 10.0.255.255, 10.0.1.0, 10.0.1.255", // the second inside the first
            "10.0.1.0, 10.0.1.255, 10.0.0.0, 10.0.255.255", // the first inside the second
            "10.0.0.0, 10.0.0.255, 10.0.0.255, 10.0.1.255", // touching at one address
            "10.0.0.7, 10.0.0.7, 10.0.0.7, 10.0.0.7", // the same single address
            "fd00::, fd00::ffff, fd00::8000, fd00::1:0", // IPv6, partly
            "fd00::, fd00::ff, fd00::ff, fd00::1ff", // IPv6, touching at one address
            "2001:db8::, 2001:db8::ffff:ffff, 2001:db8::a:0, 2001:db8::a:ff" })
    void overlappingRangesAreAnError(String from0, String to0, String from1, String to1) {
        Problem problem = assertOnlyErrorAt(lists(list("A", from0, to0), list("B", from1, to1)), LISTS + "[1].range");

        assertMentions(problem, "overlaps customLists[0]", from0 + "-" + to0);
    }

    @ParameterizedTest(name = "{0}-{1} and {2}-{3}")
    @CsvSource({
            "10.0.0.0, 10.0.0.255, 10.0.1.0, 10.0.1.255", // adjacent
            "10.0.1.0, 10.0.1.255, 10.0.0.0, 10.0.0.255", // adjacent, in reverse order
            "fd00::, fd00::ff, fd00::100, fd00::1ff", // IPv6, adjacent
            // different families never overlap, even where their numbers would: ::a00:0 is 10.0.0.0 as a number
            "10.0.0.0, 10.0.0.255, ::a00:0, ::a00:ff",
            "0.0.0.0, 255.255.255.255, ::, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" })
    void separateRangesAreValid(String from0, String to0, String from1, String to1) {
        assertNoProblems(lists(list("A", from0, to0), list("B", from1, to1)));
    }

    @Test
    void aRangeIsComparedWithEveryEarlierList() {
        Policy policy = lists(list("A", "10.0.0.0", "10.0.0.255"), list("B", "10.0.1.0", "10.0.1.255"),
                list("C", "10.0.0.128", "10.0.1.127"));

        List<Problem> problems = assertErrorsAt(policy, LISTS + "[2].range", LISTS + "[2].range");
        assertMentions(problems.get(0), "customLists[0]");
        assertMentions(problems.get(1), "customLists[1]");
    }

    @Test
    void toBelowFromIsAnError() {
        Problem problem = assertOnlyErrorAt(lists(list("A", "10.0.0.9", "10.0.0.1")), LISTS + "[0].range.to");

        assertMentions(problem, "10.0.0.1 is below from (10.0.0.9)");
    }

    @Test
    void toBelowFromIsAnErrorForIpv6Too() {
        assertOnlyErrorAt(lists(list("A", "fd00::10", "fd00::f")), LISTS + "[0].range.to");
    }

    @Test
    void aRangeWithAnErrorIsNotComparedWithOthers() {
        assertOnlyErrorAt(lists(list("A", "10.0.0.0", "10.0.0.255"), list("B", "10.0.0.9", "10.0.0.1")),
                LISTS + "[1].range.to");
    }

    @ParameterizedTest
    @CsvSource({ "10.0.0.0, fd00::ff", "fd00::, 10.0.0.255" })
    void mixedFamiliesAreAnError(String from, String to) {
        Problem problem = assertOnlyErrorAt(lists(list("A", from, to)), LISTS + "[0].range.to");

        assertMentions(problem, "same address family");
    }

    @ParameterizedTest
    @CsvSource({ "10.0.0.256, 10.0.1.0, from", "10.0.0.0, branch.corp.example, to", "010.0.0.0, 10.0.0.9, from",
            "fd00::1%eth0, fd00::9, from", "fd00::1, fd00:::9, to" })
    void anInvalidAddressIsAnError(String from, String to, String wrong) {
        Problem problem = assertOnlyErrorAt(lists(list("A", from, to)), LISTS + "[0].range." + wrong);

        assertMentions(problem, "is not an IPv4 or IPv6 address");
    }

    @Test
    void bothEndsAreRequired() {
        assertErrorsAt(lists(list("A", null, " ")), LISTS + "[0].range.from", LISTS + "[0].range.to");
        assertOnlyErrorAt(lists(new CustomSourceList("A", null, List.of(SPS))), LISTS + "[0].range");
    }

    @Test
    void aDuplicateNameIsAnErrorIgnoringCase() {
        Problem problem = assertOnlyErrorAt(lists(list("Branch Lyon", "10.20.0.0", "10.20.255.255"),
                list("branch lyon", "10.30.0.0", "10.30.255.255")), LISTS + "[1].name");

        assertMentions(problem, "already used by customLists[0]");
    }

    @Test
    void aNameIsRequired() {
        assertOnlyErrorAt(lists(list("  ", "10.20.0.0", "10.20.255.255")), LISTS + "[0].name");
    }

    @Test
    void anEmptyListIsAWarning() {
        Problem problem = assertOnlyWarningAt(lists(customList("Branch", "10.20.0.0", "10.20.255.255")),
                LISTS + "[0].sources");

        assertMentions(problem, "no server");
    }

    @Test
    void aSingleAddressRangeIsValid() {
        assertNoProblems(lists(list("One agent", "10.0.0.7", "10.0.0.7")));
        assertNoProblems(lists(new CustomSourceList("Bracketed", new IpRange("[fd00::1]", "[fd00::2]"), List.of(SPS))));
    }
}
