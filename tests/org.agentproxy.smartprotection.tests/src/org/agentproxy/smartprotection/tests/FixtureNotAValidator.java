package org.agentproxy.smartprotection.tests;

/** Named as a validation class by a fixture contribution, but no FeatureValidator. */
public final class FixtureNotAValidator {
}
