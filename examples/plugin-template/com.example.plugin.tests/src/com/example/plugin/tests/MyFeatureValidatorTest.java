package com.example.plugin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.junit.jupiter.api.Test;

/** The feature's own rule, through the studio's registry (declared settings, defaults, the validator). */
class MyFeatureValidatorTest {

    private static final String ID = "my-feature";

    private static List<String> problems(Map<String, String> properties) {
        return FeatureRegistry.platform().validate(ID, new FeatureSettings(true, properties));
    }

    @Test
    void theDefaultsAreFine() {
        assertEquals(List.of(), problems(Map.of()));
    }

    @Test
    void aLongTimeoutWithoutCachedAnswersIsAnError() {
        assertEquals(List.of("properties.timeoutSeconds: without cached answers a timeout above 120 s holds up every"
                + " scan; at most 120, not 200"), problems(Map.of("timeoutSeconds", "200", "cacheAnswers", "false")));
    }

    @Test
    void aTimeoutAboveAMinuteIsAWarningAndTheCacheDefaultsToOn() {
        assertEquals(List.of("warning: properties.timeoutSeconds: a timeout above 60 s delays scans while the service"
                + " is unreachable"), problems(Map.of("timeoutSeconds", "200")));
    }

    @Test
    void aValueOutOfTheDeclaredRangeIsReportedByTheRegistry() {
        assertEquals(List.of("properties.timeoutSeconds: must be a whole number from 1 to 300, not \"0\""),
                problems(Map.of("timeoutSeconds", "0")));
    }
}
