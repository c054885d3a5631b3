package org.agentproxy.smartprotection.tests;

import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.tests.contract.FeatureContractTest;

/** The contract over the fixture contribution with its own validation class. */
class FixtureReputationContractTest extends FeatureContractTest {

    @Override
    protected String featureId() {
        return "fixture-reputation";
    }

    @Override
    protected FeatureSettings validSettings() {
        return new FeatureSettings(false, Map.of(FixtureValidator.ENDPOINT, "https://lookup.example"));
    }
}
