package org.agentproxy.smartprotection.tests;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.smartprotection.tests.contract.FeatureContractTest;

class BehaviorMonitoringContractTest extends FeatureContractTest {

    @Override
    protected String featureId() {
        return BuiltInFeatures.BEHAVIOR_MONITORING;
    }
}
