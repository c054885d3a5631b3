package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.simulation.features.InstalledFeatures;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.SimulationInputs;
import org.agentproxy.cli.internal.SimulationText;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ReportJson;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.smartprotection.FeatureRegistry;

/**
 * {@code agentproxy simulate --policy FILE --scenario FILE [--format json|text]}: the connection paths of one agent,
 * rule by rule (docs/simulation.md), every installed Smart Protection feature routed as it declares.
 */
public final class SimulateCommand implements Command {

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
    public String name() {
        return "simulate"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.SimulateCommand_simulatePolicyFScenarioF;
    }

    @Override
    public String summary() {
        return Messages.SimulateCommand_showWhichPathEachConnection;
    }

    @Override
    public String help() {
        return Messages.SimulateCommand_usageAgentproxySimulatePolicyFILE
                .formatted(ScenarioCodec.FORMAT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        OptionArgs options;
        String format;
        String version;
        try {
            options = OptionArgs.parse(args, Set.of("--policy", "--scenario", "--format", "--format-version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    Set.of("--policy", "--scenario")); //$NON-NLS-1$ //$NON-NLS-2$
            format = options.choice("--format", List.of("text", "json"), "text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            version = options.choice("--format-version", List.of("2", "1"), "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } catch (OptionArgs.UsageError e) {
            err.println(NLS.bind(Messages.SimulateCommand_agentproxySimulate0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
        }
        Policy policy;
        Scenario scenario;
        try {
            policy = SimulationInputs.policy(options.get("--policy")); //$NON-NLS-1$
            scenario = SimulationInputs.scenario(options.get("--scenario")); //$NON-NLS-1$
        } catch (SimulationInputs.BadInput e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID;
        }
        SimulationReport report = PathEngine.simulate(policy, scenario,
                InstalledFeatures.catalogue(features.get()));
        if (format.equals("json")) { //$NON-NLS-1$
            out.print(ReportJson.write(report, Integer.parseInt(version)));
        } else {
            SimulationText.print(report, out);
        }
        return ExitCodes.OK;
    }
}
