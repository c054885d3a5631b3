package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.simulation.features.InstalledFeatures;
import org.agentproxy.cli.internal.SimulationInputs;
import org.agentproxy.cli.internal.SimulationText;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ReportJson;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.smartprotection.FeatureRegistry;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy simulate --policy FILE --scenario FILE [--format json|text] [--format-version 2|1]}: the connection paths of one agent,
 * rule by rule (docs/simulation.md), every installed Smart Protection feature routed as it declares.
 */
@CommandLine.Command(name = "simulate")
public final class SimulateCommand implements Command {

    @Option(names = "--policy", paramLabel = "FILE", required = true, descriptionKey = "policy")
    Path policyFile;

    @Option(names = "--scenario", paramLabel = "FILE", required = true, descriptionKey = "scenario")
    Path scenarioFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format",
            completionCandidates = Choices.TextJson.class)
    String format;

    @Option(names = "--format-version", paramLabel = "N", defaultValue = "2", descriptionKey = "formatVersion",
            completionCandidates = Choices.ReportVersions.class)
    String formatVersion;


    private final Supplier<FeatureRegistry> features;

    /** The command over the installed features ({@link FeatureRegistry#platform()}). */
    public SimulateCommand() {
        this(FeatureRegistry::platform);
    }

    /** The command over the features of {@code features}, read when it runs. */
    public SimulateCommand(Supplier<FeatureRegistry> features) {
        this.features = features;
    }

    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        Choices.check("--format", format, new Choices.TextJson()); //$NON-NLS-1$
        Choices.check("--format-version", formatVersion, new Choices.ReportVersions()); //$NON-NLS-1$
        Policy policy;
        Scenario scenario;
        try {
            policy = SimulationInputs.policy(policyFile.toString());
            scenario = SimulationInputs.scenario(scenarioFile.toString());
        } catch (SimulationInputs.BadInput e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID;
        }
        SimulationReport report = PathEngine.simulate(policy, scenario,
                InstalledFeatures.catalogue(features.get()));
        if (format.equals("json")) { //$NON-NLS-1$
            out.print(ReportJson.write(report, Integer.parseInt(formatVersion)));
        } else {
            SimulationText.print(report, out);
        }
        return ExitCodes.OK;
    }
}
