package org.agentproxy.simulation.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sample scenarios the studio ships ({@code samples/scenarios/*.json} of this bundle, the same files as
 * {@code docs/samples/scenarios}): the internal agent first, then the others by file name.
 */
final class SampleScenarios {

    static final String FOLDER = "samples/scenarios"; //$NON-NLS-1$
    static final String FIRST = "internal-agent.json"; //$NON-NLS-1$

    /** A shipped scenario and its file name. */
    record Sample(String file, Scenario scenario) {

        /** What the drop-down shows: the scenario's name, else its file. */
        String label() {
            return scenario.name() == null || scenario.name().isBlank() ? file : scenario.name();
        }
    }

    private SampleScenarios() {
    }

    /** @throws IllegalStateException a shipped sample is missing or broken (a build error, not a user's) */
    static List<Sample> load() {
        Bundle bundle = FrameworkUtil.getBundle(SampleScenarios.class);
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.json", false); //$NON-NLS-1$
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        List<Sample> samples = new ArrayList<>();
        for (URL url : urls) {
            String path = url.getPath();
            String file = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                samples.add(new Sample(file, ScenarioCodec.read(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(FOLDER + "/" + file + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException(FOLDER + " is missing from the bundle"); //$NON-NLS-1$
        }
        samples.sort(Comparator.comparing((Sample s) -> !s.file().equals(FIRST)).thenComparing(Sample::file));
        return samples;
    }
}
