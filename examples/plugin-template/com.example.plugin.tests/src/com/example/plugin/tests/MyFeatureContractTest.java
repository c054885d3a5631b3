package com.example.plugin.tests;

import org.agentproxy.smartprotection.tests.contract.FeatureContractTest;

/** The contract every Smart Protection feature keeps (registered once, named, routed, its icon, its defaults, …). */
class MyFeatureContractTest extends FeatureContractTest {

    @Override
    protected String featureId() {
        return "my-feature";
    }
}
