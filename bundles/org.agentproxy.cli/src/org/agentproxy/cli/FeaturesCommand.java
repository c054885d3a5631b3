package org.agentproxy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code agentproxy features [--format json|text]}: the installed Smart Protection features, as the registry holds
 * them (docs/extending.md).
 */
public final class FeaturesCommand implements Command {

    /** The format name of the JSON output. */
    public static final String FORMAT = "agentproxy-features/1";

    private final Supplier<FeatureRegistry> features;

    /** The command over the installed features ({@link FeatureRegistry#platform()}). */
    public FeaturesCommand() {
        this(FeatureRegistry::platform);
    }

    /** The command over the features of {@code features}, read when it runs. */
    public FeaturesCommand(Supplier<FeatureRegistry> features) {
        this.features = features;
    }

    @Override
    public String name() {
        return "features";
    }

    @Override
    public String synopsis() {
        return "features [--format json|text]";
    }

    @Override
    public String summary() {
        return "list the installed Smart Protection features and how agents reach them";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy features [--format json|text]

                Lists every installed Smart Protection feature: the built-in ones and those of plug-ins
                (extension point org.agentproxy.smartprotection.features, docs/extending.md), in the
                registry's order: id, name, connection purpose, routing (global-proxy: the Global Smart
                Protection Service proxy, rule R5; sps-lists: the Smart Protection Server lists, rule R3),
                whether its sources must use HTTPS, and the contributing bundle; below each feature its
                declared settings (id, type, range or choices, default, label). Then every declaration the
                registry left out (an invalid or repeated feature, an invalid setting) with its bundle and
                the reason, which is also logged.

                  --format FORMAT    text (default) or json ("%s")

                Exit codes: 0 listed, 2 bad argument, 1 other failure.""".formatted(FORMAT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String format;
        try {
            format = OptionArgs.parse(args, Set.of("--format"), Set.of()).choice("--format", List.of("text", "json"),
                    "text");
        } catch (OptionArgs.UsageError e) {
            err.println("agentproxy features: " + e.getMessage() + " (see agentproxy features --help)");
            return ExitCodes.INVALID;
        }
        FeatureRegistry registry = features.get();
        List<SmartProtectionFeature> list = registry.features();
        List<SkippedDeclaration> skipped = registry.skipped();
        if (format.equals("json")) {
            try {
                json(list, skipped, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("agentproxy features: cannot write the list: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        } else {
            text(list, out);
            skipped(skipped, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(List<SmartProtectionFeature> list, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "ID", "NAME", "PURPOSE", "ROUTING", "HTTPS", "BUNDLE" });
        for (SmartProtectionFeature f : list) {
            rows.add(new String[] { f.id(), f.name(), f.purpose(), f.routing().id(), f.requiresHttps() ? "yes" : "no",
                    f.contributor() });
        }
        int[] width = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (width[i] + 2) + "s", row[i]));
            }
            out.println(line);
            if (r > 0) {
                for (FeatureSetting s : list.get(r - 1).settings()) {
                    out.println("    setting " + s.id() + ": " + describe(s) + "  \"" + s.label() + "\"");
                }
            }
        }
    }

    /** e.g. {@code integer 1..100, default 32} or {@code choice eu|us|ap, default eu}. */
    static String describe(FeatureSetting s) {
        StringBuilder d = new StringBuilder(s.type().id());
        if (s.min() != null || s.max() != null) {
            d.append(' ').append(s.min() == null ? "" : s.min()).append("..").append(s.max() == null ? "" : s.max());
        }
        if (!s.choices().isEmpty()) {
            d.append(' ').append(String.join("|", s.choices()));
        }
        d.append(s.defaultValue() == null ? ", no default" : ", default " + s.defaultValue());
        return d.toString();
    }

    private static void skipped(List<SkippedDeclaration> skipped, PrintStream out) {
        if (skipped.isEmpty()) {
            return;
        }
        out.println();
        out.println("Left out (declared, but invalid; the features above work without them):");
        for (SkippedDeclaration d : skipped) {
            String what = d.isSetting() ? "setting " + d.settingId() + " of feature " + d.featureId()
                    : "feature " + (d.featureId() == null ? "(no id)" : d.featureId());
            out.println("  " + what + " (" + d.contributor() + "): " + d.reason());
        }
    }

    private static void json(List<SmartProtectionFeature> list, List<SkippedDeclaration> skipped, Writer w)
            throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("features");
            for (SmartProtectionFeature f : list) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("name", f.name());
                g.writeStringField("description", f.description());
                g.writeStringField("purpose", f.purpose());
                g.writeStringField("routing", f.routing().id());
                g.writeBooleanField("requiresHttps", f.requiresHttps());
                g.writeStringField("bundle", f.contributor());
                g.writeArrayFieldStart("settings");
                for (FeatureSetting s : f.settings()) {
                    setting(s, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (SkippedDeclaration d : skipped) {
                g.writeStartObject();
                g.writeStringField("bundle", d.contributor());
                g.writeStringField("feature", d.featureId());
                g.writeStringField("setting", d.settingId());
                g.writeStringField("reason", d.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write(System.lineSeparator());
        w.flush();
    }

    private static void setting(FeatureSetting s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("label", s.label());
        g.writeStringField("description", s.description());
        g.writeStringField("type", s.type().id());
        g.writeStringField("default", s.defaultValue());
        if (s.min() != null) {
            g.writeNumberField("min", s.min());
        }
        if (s.max() != null) {
            g.writeNumberField("max", s.max());
        }
        if (!s.choices().isEmpty()) {
            g.writeArrayFieldStart("choices");
            for (String c : s.choices()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
