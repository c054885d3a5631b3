package org.agentproxy.simulation.codec;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.internal.codec.ReportWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes the simulator's reports as JSON, in the schemas {@code docs/simulation.md} documents: the names of purposes,
 * routes, outcomes, causes and rules are those of {@link org.agentproxy.simulation.Identified#id()}. Thread-safe.
 */
public final class ReportJson {

    /** The format of {@link #write(SimulationReport)}. */
    public static final String SIMULATION_FORMAT = "agentproxy-simulation/2";
    /**
     * The previous format, for readers written against it ({@link #write(SimulationReport, int)} with version 1):
     * without {@code routedBy} and {@code warnings}, an automatic proxy without address as {@code "proxy":
     * "automatic"}.
     */
    public static final String SIMULATION_FORMAT_1 = "agentproxy-simulation/1";
    /** The format of {@link #write(ImpactReport, Writer)}. */
    public static final String IMPACT_FORMAT = "agentproxy-impact/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** The report in the current format, {@link #SIMULATION_FORMAT}. */
    public static String write(SimulationReport report) {
        return write(report, 2);
    }

    /**
     * The report in format version 2 ({@link #SIMULATION_FORMAT}) or 1 ({@link #SIMULATION_FORMAT_1}).
     *
     * @throws IllegalArgumentException for another version
     */
    public static String write(SimulationReport report, int version) {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("no simulation format version " + version + " (1 or 2)");
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            ReportWriter.simulation(g, version, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Streams an impact report (its list of lost agents may be long); the writer is flushed, not closed. */
    public static void write(ImpactReport report, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            ReportWriter.impact(g, IMPACT_FORMAT, report);
        }
        out.write("\n");
        out.flush();
    }

    public static String write(ImpactReport report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return FACTORY.createGenerator(out).setPrettyPrinter(pretty);
    }
}
