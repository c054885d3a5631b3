package org.agentproxy.fuzz.tests;

/**
 * How long each target fuzzes in fuzzing mode ({@code JAZZER_FUZZ=1}): the Maven property {@code fuzz.duration}
 * ({@code releng/scripts/fuzz.sh SECONDS} sets it), written in here when the module is built, because
 * {@code @FuzzTest(maxDuration)} takes only a constant. Regression mode ignores it.
 */
final class FuzzDuration {

    static final String MAX = "${fuzz.duration}";

    private FuzzDuration() {
    }
}
