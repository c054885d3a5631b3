package org.agentproxy.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.Platform;

/**
 * Where a field of the policy is on screen, in the words of the editor: page › section › field, e.g.
 * {@code Internal Agents › Proxy to the OfficeScan server › Host} for {@code internalAgents.server.host}. A
 * problem reads {@code Internal Agents › Proxy to the OfficeScan server › Host: contains a space}; its field path
 * stays the detail (a tooltip, the CLI). Known without the page being built: the editor creates its pages when they
 * are first shown, while the Policy Problems view and the status line name every problem at once. Pages come from
 * the {@code scopeEditors} contributions (their {@code scope} attribute), sections and fields from the table below,
 * which follows the pages' own labels ({@code FieldLabelsTest} checks every bound control against it); a Smart
 * Protection feature's settings are named by the feature's declaration.
 */
public final class FieldLabels {

    /** Between the parts of a place. */
    public static final String SEPARATOR = " \u203A ";

    private static final String FEATURES = "globalSmartProtection.features";
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** Sections by the field path they hold (longest match wins), as the pages title them. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("internalAgents.server", "Proxy to the OfficeScan server"),
            Map.entry("internalAgents.smartProtection", "Proxy to Smart Protection Servers"),
            Map.entry("smartProtectionSources", "Smart Protection source lists"),
            Map.entry("webReputation", "Web reputation"),
            Map.entry("externalAgents.systemProxyCredentials", "System proxy credentials"),
            Map.entry("externalAgents.serverUpdateProxy", "Server update proxy"),
            Map.entry("globalSmartProtection.proxy", "Global Smart Protection Service proxy"),
            Map.entry(FEATURES, "Features routed through the proxy"),
            Map.entry("userProxyPrivilege.applyMode", "Apply the root setting"),
            Map.entry("userProxyPrivilege.root", "Agent tree"),
            Map.entry("name", "Policy and OfficeScan server"),
            Map.entry("server", "Policy and OfficeScan server"),
            Map.entry("automaticProxy", "Automatic proxy"),
            Map.entry("locationAwareness", "Location awareness"),
            Map.entry("updates", "Update sources"),
            Map.entry("bypassList", "Bypass list and fallback"),
            Map.entry("directFallback", "Bypass list and fallback"));

    /** Fields by their path without indices, as the pages label them (without the colon). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "Policy name"),
            Map.entry("server.host", "Server host"),
            Map.entry("server.port", "Server port"),
            Map.entry("automaticProxy.autoDetect", "Detect settings automatically (WPAD)"),
            Map.entry("automaticProxy.pacUrl", "PAC script URL"),
            Map.entry("locationAwareness.mode", "Decide by"),
            Map.entry("locationAwareness.gateways", "Gateways"),
            Map.entry("locationAwareness.gateways.ip", "Gateway IP"),
            Map.entry("locationAwareness.gateways.mac", "MAC"),
            Map.entry("locationAwareness.referenceServers", "Reference servers"),
            Map.entry("updates.sources", "Update sources"),
            Map.entry("updates.sources.url", "URL"),
            Map.entry("updates.allowActiveUpdate", "Allow ActiveUpdate as the last source"),
            Map.entry("bypassList", "Bypass list"),
            Map.entry("directFallback", "Retry directly when a proxy fails (direct fallback)"),
            Map.entry("smartProtectionSources.standardList", "Standard list"),
            Map.entry("smartProtectionSources.customLists", "Custom lists"),
            Map.entry("smartProtectionSources.customLists.range", "IP range"),
            Map.entry("smartProtectionSources.customLists.sources", "Servers (in order)"),
            Map.entry("webReputation.sendQueriesToSps",
                    "Send queries to the Smart Protection Servers (else to the Smart Protection Network)"),
            Map.entry("externalAgents.serverUpdateProxy.password", "Password (HTTP only)"),
            Map.entry("userProxyPrivilege.applyMode", "At the root"));

    /** Fields named the same wherever they are. */
    private static final Map<String, String> LEAVES = Map.ofEntries(Map.entry("enabled", "Use this proxy"),
            Map.entry("host", "Host"), Map.entry("port", "Port"), Map.entry("user", "User"),
            Map.entry("password", "Password"), Map.entry("protocol", "Protocol"), Map.entry("name", "Name"),
            Map.entry("from", "From"), Map.entry("to", "To"), Map.entry("integrated", "Integrated"),
            Map.entry("grant", "Setting"), Map.entry("kind", "Kind"), Map.entry("children", "Node"));

    private final Function<String, Optional<String>> pages;
    private final FeatureRegistry features;

    /**
     * @param pages    the page label of a policy member (the first segment of a path, e.g. {@code internalAgents})
     * @param features the installed Smart Protection features, which name their settings
     */
    public FieldLabels(Function<String, Optional<String>> pages, FeatureRegistry features) {
        this.pages = pages;
        this.features = features;
    }

    /** The studio's catalogue: the pages contributed to the editor, the installed features. */
    public static FieldLabels studio() {
        List<ScopeEditorContribution> contributions = ScopeEditorRegistry.read(Platform.getExtensionRegistry());
        return new FieldLabels(member -> contributions.stream()
                .filter(c -> List.of(c.scope().split("\\s*,\\s*")).contains(member)).map(ScopeEditorContribution::label)
                .findFirst(), FeatureRegistry.platform());
    }

    /** The problem in an administrator's words: {@code Page › Section › Field: reason}. */
    public String describe(Problem problem) {
        return place(problem.path()) + ": " + problem.message();
    }

    /** The field's place on screen, e.g. {@code Internal Agents › Proxy to the OfficeScan server › Host}. */
    public String place(String path) {
        List<String> parts = new ArrayList<>();
        String member = path.split("[.\\[]", 2)[0];
        pages.apply(member).ifPresent(parts::add);
        if (path.startsWith(FEATURES + ".")) {
            parts.add(SECTIONS.get(FEATURES));
            parts.addAll(feature(path.substring(FEATURES.length() + 1)));
            return String.join(SEPARATOR, parts);
        }
        List<String[]> segments = segments(path);
        String section = null;
        int depth = 0;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            key.append(i == 0 ? "" : ".").append(segments.get(i)[0]);
            if (SECTIONS.containsKey(key.toString())) {
                section = SECTIONS.get(key.toString());
                depth = i + 1;
            }
        }
        if (section != null) {
            parts.add(section);
        }
        key.setLength(0);
        for (int i = 0; i < segments.size(); i++) {
            String name = segments.get(i)[0];
            String indices = segments.get(i)[1];
            key.append(i == 0 ? "" : ".").append(name);
            String label = FIELDS.get(key.toString());
            if (label == null && (i >= depth || !indices.isEmpty())) {
                label = LEAVES.getOrDefault(name, words(name));
            }
            if (label != null && !label.equals(section)) {
                parts.add(label + rows(indices));
            }
        }
        return String.join(SEPARATOR, parts);
    }

    private List<String> feature(String rest) {
        Optional<SmartProtectionFeature> feature = features.features().stream()
                .filter(f -> rest.equals(f.id()) || rest.startsWith(f.id() + ".")).findFirst();
        if (feature.isEmpty()) {
            return List.of(rest);
        }
        List<String> parts = new ArrayList<>(List.of(feature.get().name()));
        String after = rest.substring(feature.get().id().length());
        if (after.startsWith(".properties.")) {
            String setting = after.substring(".properties.".length());
            parts.add(feature.get().setting(setting).map(FeatureSetting::label).map(FieldLabels::withoutColon)
                    .orElse(setting));
        } else if (after.equals(".useGlobalProxy")) {
            parts.add("Routed through the proxy");
        }
        return parts;
    }

    private static List<String[]> segments(String path) {
        List<String[]> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            segments.add(new String[] { m.group(1), m.group(2) });
        }
        return segments;
    }

    /** {@code [2]} → {@code , row 3}: people count from one. */
    private static String rows(String indices) {
        StringBuilder rows = new StringBuilder();
        Matcher m = INDEX.matcher(indices);
        while (m.find()) {
            rows.append(", row ").append(Integer.parseInt(m.group(1)) + 1);
        }
        return rows.toString();
    }

    /** {@code sendQueriesToSps} → {@code Send queries to sps}: for a field the table does not name. */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A label as shown, for comparison: without its mnemonic marker and its colon. */
    public static String withoutColon(String label) {
        String plain = label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").strip();
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
