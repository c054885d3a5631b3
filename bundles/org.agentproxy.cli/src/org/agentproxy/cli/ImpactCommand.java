package org.agentproxy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ImpactText;
import org.agentproxy.simulation.features.InstalledFeatures;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.SimulationInputs;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.codec.ReportJson;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.LostPathsCsv;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.smartprotection.FeatureRegistry;

/**
 * {@code agentproxy impact --from FILE --to FILE --inventory FILE [--world FILE] [--format json|csv|text]}: what a
 * policy change does to every agent of a fleet, before it is deployed; both policies over the installed features.
 */
public final class ImpactCommand implements Command {

    private final Supplier<FeatureRegistry> features;

    /** The command over the installed features ({@link FeatureRegistry#platform()}). */
    public ImpactCommand() {
        this(FeatureRegistry::platform);
    }

    /** The command over the features of {@code features}, read when it runs. */
    public ImpactCommand(Supplier<FeatureRegistry> features) {
        this.features = features;
    }

    @Override
    public String name() {
        return "impact";
    }

    @Override
    public String synopsis() {
        return "impact --from F --to F --inventory F";
    }

    @Override
    public String summary() {
        return "count per purpose the agents that keep, change or lose their path";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy impact --from FILE --to FILE --inventory FILE [--world FILE]
                                         [--format json|csv|text]

                Simulates every agent of the inventory under the current policy (--from) and the new one
                (--to), and reports per purpose how many agents keep their path, change it, gain one or lose
                it, and which agents lose one, with the reason. Every installed Smart Protection feature
                (see agentproxy features) is a purpose of both policies.

                  --from FILE        the current policy
                  --to FILE          the new policy
                  --inventory FILE   CSV with the header
                                     %s
                  --world FILE       a scenario whose world, parameters, system proxy and automatic proxy
                                     apply to every agent (default: everything reachable, default parameters)
                  --format FORMAT    text (default), json ("agentproxy-impact/1"), or csv (the lost paths:
                                     %s)

                Bad input prints FILE: field.path: reason to standard error (for the inventory:
                FILE: column: reason (line N)).
                Exit codes: 0 analysed (also when agents lose a path), 2 bad input, 1 other failure."""
                .formatted(Inventory.HEADER, LostPathsCsv.HEADER);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        OptionArgs options;
        String format;
        try {
            options = OptionArgs.parse(args, Set.of("--from", "--to", "--inventory", "--world", "--format"),
                    Set.of("--from", "--to", "--inventory"));
            format = options.choice("--format", List.of("text", "json", "csv"), "text");
        } catch (OptionArgs.UsageError e) {
            err.println("agentproxy impact: " + e.getMessage() + " (see agentproxy impact --help)");
            return ExitCodes.INVALID;
        }
        ImpactReport report;
        try {
            Policy from = SimulationInputs.policy(options.get("--from"));
            Policy to = SimulationInputs.policy(options.get("--to"));
            Inventory inventory = SimulationInputs.inventory(options.get("--inventory"));
            Scenario world = options.get("--world") == null ? FleetImpact.DEFAULT_WORLD
                    : SimulationInputs.scenario(options.get("--world"));
            report = FleetImpact.analyze(from, to, inventory, world,
                    InstalledFeatures.catalogue(features.get()));
        } catch (SimulationInputs.BadInput e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID;
        }
        switch (format) {
            case "json" -> {
                try {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    ReportJson.write(report, w);
                } catch (IOException e) {
                    err.println("agentproxy impact: cannot write the report: " + e.getMessage());
                    return ExitCodes.FAILURE;
                }
            }
            case "csv" -> out.print(LostPathsCsv.write(report, System.lineSeparator()));
            default -> ImpactText.print(report, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
