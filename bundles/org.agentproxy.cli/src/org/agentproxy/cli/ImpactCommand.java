package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

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
        return "impact"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.ImpactCommand_impactFromFToF;
    }

    @Override
    public String summary() {
        return Messages.ImpactCommand_countPerPurposeTheAgents;
    }

    @Override
    public String help() {
        return Messages.ImpactCommand_usageAgentproxyImpactFromFILE
                .formatted(Inventory.HEADER, LostPathsCsv.HEADER);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        OptionArgs options;
        String format;
        try {
            options = OptionArgs.parse(args, Set.of("--from", "--to", "--inventory", "--world", "--format"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    Set.of("--from", "--to", "--inventory")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            format = options.choice("--format", List.of("text", "json", "csv"), "text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        } catch (OptionArgs.UsageError e) {
            err.println(NLS.bind(Messages.ImpactCommand_agentproxyImpact0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
        }
        ImpactReport report;
        try {
            Policy from = SimulationInputs.policy(options.get("--from")); //$NON-NLS-1$
            Policy to = SimulationInputs.policy(options.get("--to")); //$NON-NLS-1$
            Inventory inventory = SimulationInputs.inventory(options.get("--inventory")); //$NON-NLS-1$
            Scenario world = options.get("--world") == null ? FleetImpact.DEFAULT_WORLD //$NON-NLS-1$
                    : SimulationInputs.scenario(options.get("--world")); //$NON-NLS-1$
            report = FleetImpact.analyze(from, to, inventory, world,
                    InstalledFeatures.catalogue(features.get()));
        } catch (SimulationInputs.BadInput e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID;
        }
        switch (format) {
            case "json" -> { //$NON-NLS-1$
                try {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    ReportJson.write(report, w);
                } catch (IOException e) {
                    err.println(NLS.bind(Messages.ImpactCommand_agentproxyImpactCannotWriteThe, e.getMessage()));
                    return ExitCodes.FAILURE;
                }
            }
            case "csv" -> out.print(LostPathsCsv.write(report, System.lineSeparator())); //$NON-NLS-1$
            default -> ImpactText.print(report, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
