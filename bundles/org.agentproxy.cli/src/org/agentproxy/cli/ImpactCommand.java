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
import org.agentproxy.cli.internal.SimulationInputs;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.codec.ReportJson;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.LostPathsCsv;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.smartprotection.FeatureRegistry;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy impact --from FILE --to FILE --inventory FILE [--world FILE] [--format json|csv|text]}: what a
 * policy change does to every agent of a fleet, before it is deployed; both policies over the installed features.
 */
@CommandLine.Command(name = "impact")
public final class ImpactCommand implements Command {

    @Option(names = "--from", paramLabel = "FILE", required = true, descriptionKey = "from")
    Path fromFile;

    @Option(names = "--to", paramLabel = "FILE", required = true, descriptionKey = "to")
    Path toFile;

    @Option(names = "--inventory", paramLabel = "FILE", required = true, descriptionKey = "inventory")
    Path inventoryFile;

    @Option(names = "--world", paramLabel = "FILE", descriptionKey = "world")
    Path worldFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format",
            completionCandidates = Choices.TextJsonCsv.class)
    String format;


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
    public int call(PrintStream out, PrintStream err) throws UsageError {
        Choices.check("--format", format, new Choices.TextJsonCsv()); //$NON-NLS-1$
        ImpactReport report;
        try {
            Policy from = SimulationInputs.policy(fromFile.toString());
            Policy to = SimulationInputs.policy(toFile.toString());
            Inventory inventory = SimulationInputs.inventory(inventoryFile.toString());
            Scenario world = worldFile == null ? FleetImpact.DEFAULT_WORLD
                    : SimulationInputs.scenario(worldFile.toString());
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
