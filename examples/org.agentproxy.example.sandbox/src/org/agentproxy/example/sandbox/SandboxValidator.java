package org.agentproxy.example.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureValidator;

/**
 * Extra validation of the Sandbox Analysis settings a policy keeps under {@code sandbox-analysis}: the optional
 * property {@value #MAX_SAMPLE_SIZE} is a whole number of megabytes from {@value #MIN_MB} to {@value #MAX_MB}.
 * Each message starts with the field it is about, so the studio and {@code agentproxy validate} show its path.
 */
public final class SandboxValidator implements FeatureValidator {

    /** The largest sample agents submit, in megabytes. */
    public static final String MAX_SAMPLE_SIZE = "maxSampleSizeMb";
    static final int MIN_MB = 1;
    static final int MAX_MB = 100;

    @Override
    public List<String> validate(FeatureSettings settings) {
        List<String> problems = new ArrayList<>();
        String size = settings.properties().get(MAX_SAMPLE_SIZE);
        if (size != null && !inRange(size)) {
            problems.add("properties." + MAX_SAMPLE_SIZE + ": must be a whole number of megabytes from " + MIN_MB
                    + " to " + MAX_MB + ", not \"" + size + "\"");
        }
        return problems;
    }

    private static boolean inRange(String value) {
        if (!value.matches("[0-9]{1,9}")) {
            return false;
        }
        int mb = Integer.parseInt(value);
        return mb >= MIN_MB && mb <= MAX_MB;
    }
}
