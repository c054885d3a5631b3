package org.agentproxy.smartprotection.tests;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureValidator;

/** The fixture feature's validation: it needs an endpoint. */
public final class FixtureValidator implements FeatureValidator {

    static final String ENDPOINT = "endpoint";

    @Override
    public List<String> validate(FeatureSettings settings) {
        return settings.properties().containsKey(ENDPOINT) ? List.of() : List.of("Fixture Reputation needs an endpoint");
    }
}
