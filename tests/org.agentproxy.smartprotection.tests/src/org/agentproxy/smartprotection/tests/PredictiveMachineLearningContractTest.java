package org.agentproxy.smartprotection.tests;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.smartprotection.tests.contract.FeatureContractTest;

class PredictiveMachineLearningContractTest extends FeatureContractTest {

    @Override
    protected String featureId() {
        return BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING;
    }
}
