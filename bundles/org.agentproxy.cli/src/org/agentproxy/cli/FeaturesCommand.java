package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.Words;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy features [--format json|text]}: the installed Smart Protection features, as the registry holds
 * them (docs/extending.md).
 */
@CommandLine.Command(name = "features")
public final class FeaturesCommand implements Command {

    /** The format name of the JSON output. */
    public static final String FORMAT = "agentproxy-features/1"; //$NON-NLS-1$

    private final Supplier<FeatureRegistry> features;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format",
            completionCandidates = Choices.TextJson.class)
    String format;

    /** The command over the installed features ({@link FeatureRegistry#platform()}). */
    public FeaturesCommand() {
        this(FeatureRegistry::platform);
    }

    /** The command over the features of {@code features}, read when it runs. */
    public FeaturesCommand(Supplier<FeatureRegistry> features) {
        this.features = features;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        Choices.check("--format", format, new Choices.TextJson()); //$NON-NLS-1$
        FeatureRegistry registry = features.get();
        List<SmartProtectionFeature> list = registry.features();
        List<SkippedDeclaration> skipped = registry.skipped();
        if (format.equals("json")) { //$NON-NLS-1$
            try {
                json(list, skipped, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println(NLS.bind(Messages.FeaturesCommand_agentproxyFeaturesCannotWriteThe, e.getMessage()));
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
        rows.add(new String[] { Messages.FeaturesCommand_columnId, Messages.FeaturesCommand_columnName,
            Messages.FeaturesCommand_columnPurpose, Messages.FeaturesCommand_columnRouting,
            Messages.FeaturesCommand_columnHttps, Messages.FeaturesCommand_columnBundle });
        for (SmartProtectionFeature f : list) {
            rows.add(new String[] { f.id(), f.name(), f.purpose(), f.routing().id(), Words.yesNo(f.requiresHttps()),
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
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (width[i] + 2) + "s", row[i])); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println(line);
            if (r > 0) {
                for (FeatureSetting s : list.get(r - 1).settings()) {
                    out.println(NLS.bind(Messages.FeaturesCommand_setting012, new Object[] { s.id(), describe(s), s.label() }));
                }
            }
        }
    }

    /** e.g. {@code integer 1..100, default 32} or {@code choice eu|us|ap, default eu}. */
    static String describe(FeatureSetting s) {
        StringBuilder d = new StringBuilder(s.type().id());
        if (s.min() != null || s.max() != null) {
            d.append(' ').append(s.min() == null ? "" : s.min()).append("..").append(s.max() == null ? "" : s.max()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!s.choices().isEmpty()) {
            d.append(' ').append(String.join("|", s.choices())); //$NON-NLS-1$
        }
        d.append(s.defaultValue() == null ? Messages.FeaturesCommand_noDefault : NLS.bind(Messages.FeaturesCommand_default0, s.defaultValue()));
        return d.toString();
    }

    private static void skipped(List<SkippedDeclaration> skipped, PrintStream out) {
        if (skipped.isEmpty()) {
            return;
        }
        out.println();
        out.println(Messages.FeaturesCommand_leftOutDeclaredButInvalid);
        for (SkippedDeclaration d : skipped) {
            String what = d.isSetting() ? NLS.bind(Messages.FeaturesCommand_setting0OfFeature1, d.settingId(), d.featureId())
                    : NLS.bind(Messages.FeaturesCommand_feature0, (d.featureId() == null ? Messages.FeaturesCommand_noId : d.featureId()));
            out.println("  " + what + " (" + d.contributor() + "): " + d.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void json(List<SmartProtectionFeature> list, List<SkippedDeclaration> skipped, Writer w)
            throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT); //$NON-NLS-1$
            g.writeArrayFieldStart("features"); //$NON-NLS-1$
            for (SmartProtectionFeature f : list) {
                g.writeStartObject();
                g.writeStringField("id", f.id()); //$NON-NLS-1$
                g.writeStringField("name", f.name()); //$NON-NLS-1$
                g.writeStringField("description", f.description()); //$NON-NLS-1$
                g.writeStringField("purpose", f.purpose()); //$NON-NLS-1$
                g.writeStringField("routing", f.routing().id()); //$NON-NLS-1$
                g.writeBooleanField("requiresHttps", f.requiresHttps()); //$NON-NLS-1$
                g.writeStringField("bundle", f.contributor()); //$NON-NLS-1$
                g.writeArrayFieldStart("settings"); //$NON-NLS-1$
                for (FeatureSetting s : f.settings()) {
                    setting(s, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped"); //$NON-NLS-1$
            for (SkippedDeclaration d : skipped) {
                g.writeStartObject();
                g.writeStringField("bundle", d.contributor()); //$NON-NLS-1$
                g.writeStringField("feature", d.featureId()); //$NON-NLS-1$
                g.writeStringField("setting", d.settingId()); //$NON-NLS-1$
                g.writeStringField("reason", d.reason()); //$NON-NLS-1$
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
        g.writeStringField("id", s.id()); //$NON-NLS-1$
        g.writeStringField("label", s.label()); //$NON-NLS-1$
        g.writeStringField("description", s.description()); //$NON-NLS-1$
        g.writeStringField("type", s.type().id()); //$NON-NLS-1$
        g.writeStringField("default", s.defaultValue()); //$NON-NLS-1$
        if (s.min() != null) {
            g.writeNumberField("min", s.min()); //$NON-NLS-1$
        }
        if (s.max() != null) {
            g.writeNumberField("max", s.max()); //$NON-NLS-1$
        }
        if (!s.choices().isEmpty()) {
            g.writeArrayFieldStart("choices"); //$NON-NLS-1$
            for (String c : s.choices()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
