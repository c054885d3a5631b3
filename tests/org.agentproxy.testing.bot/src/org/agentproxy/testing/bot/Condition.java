package org.agentproxy.testing.bot;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Something to wait for with {@link Bot#waitUntil(Condition)}: polled on the test thread about every
 * 50 ms until {@link #test()} returns {@code true} or the timeout expires. Conditions that read widgets
 * must do so through the bot (which reads on the UI thread), never directly.
 */
@FunctionalInterface
public interface Condition {

    /** @return whether the awaited state is reached; called on the test thread */
    boolean test();

    /**
     * Called at timeout to build the failure message, so it may describe the state found at that moment.
     *
     * @return what is awaited, e.g. {@code "shell 'Preferences' to be active"}
     */
    default String description() {
        return "condition " + this;
    }

    /**
     * Called once by {@link Bot#waitUntil(Condition, java.time.Duration)} before polling; conditions that need
     * the display (see {@link Conditions}) take it from the bot here.
     *
     * @param bot the waiting bot
     */
    default void init(Bot bot) {
        // nothing to do for conditions that do not read widgets
    }

    /**
     * @param description what is awaited, used in the timeout message
     * @param test        polled on the test thread
     * @return a condition with that description
     */
    static Condition of(String description, BooleanSupplier test) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
        return new Condition() {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
