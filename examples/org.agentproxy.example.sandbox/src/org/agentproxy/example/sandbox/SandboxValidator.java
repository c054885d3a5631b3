package org.agentproxy.example.sandbox;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureValidator;

/**
 * The rule of the Sandbox Analysis settings (under {@code sandbox-analysis}) that their declarations in plugin.xml
 * cannot say: the registry already checks each setting's type and range ({@value #MAX_SAMPLE_SIZE} a whole number
 * from 1 to 100, {@value #REGION} one of eu, us, ap); this class checks them together: the sandbox of the region
 * {@code ap} takes samples of at most {@value #AP_MAX_MB} MB. Each message starts with the field it is about, so the
 * studio and {@code agentproxy validate} show its path.
 */
public final class SandboxValidator implements FeatureValidator {

    /** The largest sample agents submit, in megabytes. */
    public static final String MAX_SAMPLE_SIZE = "maxSampleSizeMb";
    /** Where the cloud sandbox is. */
    public static final String REGION = "sandboxRegion";
    static final int AP_MAX_MB = 50;

    @Override
    public List<String> validate(FeatureSettings settings) {
        String size = settings.properties().get(MAX_SAMPLE_SIZE);
        if ("ap".equals(settings.properties().get(REGION)) && size != null && size.matches("[0-9]{1,9}")
                && Integer.parseInt(size) > AP_MAX_MB) {
            return List.of("properties." + MAX_SAMPLE_SIZE + ": the sandbox of the region ap takes samples of at most "
                    + AP_MAX_MB + " MB, not " + size);
        }
        return List.of();
    }
}
