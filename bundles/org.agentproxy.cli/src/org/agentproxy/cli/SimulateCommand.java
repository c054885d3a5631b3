package org.agentproxy.cli;

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
        return "simulate";
    }

    @Override
    public String synopsis() {
        return "simulate --policy F --scenario F";
    }

    @Override
    public String summary() {
        return "show which path each connection of one agent takes, rule by rule";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy simulate --policy FILE --scenario FILE [--format json|text]

                Simulates the policy for the agent of the scenario (format "%s", see
                docs/simulation.md): the location decision (R0), then for every purpose the attempts
                in order (target, direct or the kind of proxy, outcome, rule R0-R7 and why) and the result.
                Every installed Smart Protection feature (see agentproxy features) is a purpose, routed as
                it declares; the policy's features whose plug-in is not installed are listed as not simulated.

                  --policy FILE      the policy (it must be valid: see agentproxy validate)
                  --scenario FILE    the agent, its world and the named parameters
                  --format FORMAT    text (default) or json ("agentproxy-simulation/1")

                Bad input prints FILE: field.path: reason to standard error.
                Exit codes: 0 simulated, 2 bad input (a file or an argument), 1 other failure."""
                .formatted(ScenarioCodec.FORMAT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        OptionArgs options;
        String format;
        try {
            options = OptionArgs.parse(args, Set.of("--policy", "--scenario", "--format"),
                    Set.of("--policy", "--scenario"));
            format = options.choice("--format", List.of("text", "json"), "text");
        } catch (OptionArgs.UsageError e) {
            err.println("agentproxy simulate: " + e.getMessage() + " (see agentproxy simulate --help)");
            return ExitCodes.INVALID;
        }
        Policy policy;
        Scenario scenario;
        try {
            policy = SimulationInputs.policy(options.get("--policy"));
            scenario = SimulationInputs.scenario(options.get("--scenario"));
        } catch (SimulationInputs.BadInput e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID;
        }
        SimulationReport report = PathEngine.simulate(policy, scenario,
                InstalledFeatures.catalogue(features.get()));
        if (format.equals("json")) {
            out.print(ReportJson.write(report));
        } else {
            SimulationText.print(report, out);
        }
        return ExitCodes.OK;
    }
}
