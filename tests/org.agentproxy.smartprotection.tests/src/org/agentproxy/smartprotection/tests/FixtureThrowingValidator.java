package org.agentproxy.smartprotection.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureValidator;

/** A plug-in's validation with a bug: it throws on every call (ThrowingContributionTest). */
public final class FixtureThrowingValidator implements FeatureValidator {

    /** How often it was called, across instances. */
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public List<String> validate(FeatureSettings settings) {
        CALLS.incrementAndGet();
        throw new IllegalStateException("fixture: this validator always fails");
    }
}
