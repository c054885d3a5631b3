package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;

/** Assertions on the problems {@link PolicyValidator} reports, with the whole list in every failure message. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Validates and asserts that the problems are exactly errors at these paths, in this order. */
    static List<Problem> assertErrorsAt(Policy policy, String... paths) {
        List<Problem> problems = PolicyValidator.validate(policy);
        assertEquals(List.of(paths), paths(problems, Severity.ERROR), () -> "errors of " + problems);
        assertEquals(List.of(), paths(problems, Severity.WARNING), () -> "warnings of " + problems);
        return problems;
    }

    /** Validates and asserts that there is exactly one problem: an error at the path. Returns it. */
    static Problem assertOnlyErrorAt(Policy policy, String path) {
        return assertErrorsAt(policy, path).get(0);
    }

    /** Validates and asserts that there is exactly one problem: a warning at the path. Returns it. */
    static Problem assertOnlyWarningAt(Policy policy, String path) {
        List<Problem> problems = PolicyValidator.validate(policy);
        assertEquals(List.of(path), paths(problems, Severity.WARNING), () -> "warnings of " + problems);
        assertEquals(List.of(), paths(problems, Severity.ERROR), () -> "errors of " + problems);
        return problems.get(0);
    }

    /** Validates and asserts that there is no problem at all. */
    static void assertNoProblems(Policy policy) {
        List<Problem> problems = PolicyValidator.validate(policy);
        assertEquals(List.of(), problems, "problems");
    }

    /** Asserts that a message contains each fragment, ignoring case. */
    static void assertMentions(Problem problem, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(problem.message().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
                    () -> "\"" + fragment + "\" not in: " + problem);
        }
    }

    static List<String> paths(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).map(Problem::path).toList();
    }
}
