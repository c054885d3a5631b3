package com.example.plugin;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureValidator;

/**
 * What the declared settings cannot say alone. The settings hold every declared setting: the policy's value, else
 * the declared default (the registry checked types and ranges already, but a validator must still tolerate
 * anything). A message starts with the field it is about; {@link FeatureValidator#warning(String)} makes it a
 * warning instead of an error.
 */
public final class MyFeatureValidator implements FeatureValidator {

    public static final String TIMEOUT = "timeoutSeconds";
    public static final String CACHE = "cacheAnswers";

    @Override
    public List<String> validate(FeatureSettings settings) {
        List<String> problems = new ArrayList<>();
        int timeout = number(settings.properties().get(TIMEOUT));
        boolean cache = "true".equals(settings.properties().get(CACHE));
        if (!cache && timeout > 120) {
            problems.add("properties." + TIMEOUT + ": without cached answers a timeout above 120 s holds up every"
                    + " scan; at most 120, not " + timeout);
        } else if (timeout > 60) {
            problems.add(FeatureValidator.warning("properties." + TIMEOUT + ": a timeout above 60 s delays scans"
                    + " while the service is unreachable"));
        }
        return problems;
    }

    /** The whole number in {@code value}, or 0 when there is none (the declared type reports that case). */
    private static int number(String value) {
        return value != null && value.matches("[0-9]{1,9}") ? Integer.parseInt(value) : 0;
    }
}
