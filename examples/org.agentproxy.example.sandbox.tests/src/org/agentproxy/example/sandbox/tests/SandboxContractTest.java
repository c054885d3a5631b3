package org.agentproxy.example.sandbox.tests;

import java.util.Map;

import org.agentproxy.example.sandbox.SandboxValidator;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.tests.contract.FeatureContractTest;

/** Sandbox Analysis keeps the contract of every Smart Protection feature. */
class SandboxContractTest extends FeatureContractTest {

    @Override
    protected String featureId() {
        return "sandbox-analysis";
    }

    @Override
    protected FeatureSettings validSettings() {
        return new FeatureSettings(true, Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "32"));
    }
}
