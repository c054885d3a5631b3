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
    public static final String SEPARATOR = " \u203A "; //$NON-NLS-1$

    private static final String FEATURES = "globalSmartProtection.features"; //$NON-NLS-1$
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)"); //$NON-NLS-1$
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]"); //$NON-NLS-1$

    /** Sections by the field path they hold (longest match wins), as the pages title them. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("internalAgents.server", Messages.FieldLabels_proxyToTheOfficeScanServer), //$NON-NLS-1$
            Map.entry("internalAgents.smartProtection", Messages.FieldLabels_proxyToSmartProtectionServers), //$NON-NLS-1$
            Map.entry("smartProtectionSources", Messages.FieldLabels_smartProtectionSourceLists), //$NON-NLS-1$
            Map.entry("webReputation", Messages.FieldLabels_webReputation), //$NON-NLS-1$
            Map.entry("externalAgents.systemProxyCredentials", Messages.FieldLabels_systemProxyCredentials), //$NON-NLS-1$
            Map.entry("externalAgents.serverUpdateProxy", Messages.FieldLabels_serverUpdateProxy), //$NON-NLS-1$
            Map.entry("globalSmartProtection.proxy", Messages.FieldLabels_globalSmartProtectionServiceProxy), //$NON-NLS-1$
            Map.entry(FEATURES, Messages.FieldLabels_featuresRoutedThroughTheProxy),
            Map.entry("userProxyPrivilege.applyMode", Messages.FieldLabels_applyTheRootSetting), //$NON-NLS-1$
            Map.entry("userProxyPrivilege.root", Messages.FieldLabels_agentTree), //$NON-NLS-1$
            Map.entry("name", Messages.FieldLabels_policyAndOfficeScanServer), //$NON-NLS-1$
            Map.entry("description", Messages.FieldLabels_policyAndOfficeScanServer), //$NON-NLS-1$
            Map.entry("server", Messages.FieldLabels_policyAndOfficeScanServer), //$NON-NLS-1$
            Map.entry("automaticProxy", Messages.FieldLabels_automaticProxy), //$NON-NLS-1$
            Map.entry("locationAwareness", Messages.FieldLabels_locationAwareness), //$NON-NLS-1$
            Map.entry("updates", Messages.FieldLabels_updateSources), //$NON-NLS-1$
            Map.entry("bypassList", Messages.FieldLabels_bypassListAndFallback), //$NON-NLS-1$
            Map.entry("directFallback", Messages.FieldLabels_bypassListAndFallback)); //$NON-NLS-1$

    /** Fields by their path without indices, as the pages label them (without the colon). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", Messages.FieldLabels_policyName), //$NON-NLS-1$
            Map.entry("description", Messages.FieldLabels_description), //$NON-NLS-1$
            Map.entry("server.host", Messages.FieldLabels_serverHost), //$NON-NLS-1$
            Map.entry("server.port", Messages.FieldLabels_serverPort), //$NON-NLS-1$
            Map.entry("automaticProxy.autoDetect", Messages.FieldLabels_detectSettingsAutomaticallyWPAD), //$NON-NLS-1$
            Map.entry("automaticProxy.pacUrl", Messages.FieldLabels_pACScriptURL), //$NON-NLS-1$
            Map.entry("locationAwareness.mode", Messages.FieldLabels_decideBy), //$NON-NLS-1$
            Map.entry("locationAwareness.gateways", Messages.FieldLabels_gateways), //$NON-NLS-1$
            Map.entry("locationAwareness.gateways.ip", Messages.FieldLabels_gatewayIP), //$NON-NLS-1$
            Map.entry("locationAwareness.gateways.mac", Messages.FieldLabels_mac), //$NON-NLS-1$
            Map.entry("locationAwareness.referenceServers", Messages.FieldLabels_referenceServers), //$NON-NLS-1$
            Map.entry("updates.sources", Messages.FieldLabels_sources), //$NON-NLS-1$
            Map.entry("userProxyPrivilege.root", Messages.FieldLabels_domainsAndAgents), //$NON-NLS-1$
            Map.entry(FEATURES, Messages.FieldLabels_features),
            Map.entry("updates.sources.url", Messages.FieldLabels_url), //$NON-NLS-1$
            Map.entry("updates.allowActiveUpdate", Messages.FieldLabels_allowActiveUpdateAsTheLast), //$NON-NLS-1$
            Map.entry("bypassList", Messages.FieldLabels_bypassList), //$NON-NLS-1$
            Map.entry("directFallback", Messages.FieldLabels_retryDirectlyWhenAProxy), //$NON-NLS-1$
            Map.entry("smartProtectionSources.standardList", Messages.FieldLabels_standardList), //$NON-NLS-1$
            Map.entry("smartProtectionSources.customLists", Messages.FieldLabels_customLists), //$NON-NLS-1$
            Map.entry("smartProtectionSources.customLists.range", Messages.FieldLabels_iPRange), //$NON-NLS-1$
            Map.entry("smartProtectionSources.customLists.sources", Messages.FieldLabels_serversInOrder), //$NON-NLS-1$
            Map.entry("webReputation.sendQueriesToSps", //$NON-NLS-1$
                    Messages.FieldLabels_sendQueriesToTheSmart),
            Map.entry("externalAgents.serverUpdateProxy.password", Messages.FieldLabels_passwordHTTPOnly), //$NON-NLS-1$
            Map.entry("userProxyPrivilege.applyMode", Messages.FieldLabels_atTheRoot)); //$NON-NLS-1$

    /** Fields named the same wherever they are. */
    private static final Map<String, String> LEAVES = Map.ofEntries(Map.entry("enabled", Messages.FieldLabels_useThisProxy), //$NON-NLS-1$
            Map.entry("host", Messages.FieldLabels_host), Map.entry("port", Messages.FieldLabels_port), Map.entry("user", Messages.FieldLabels_user), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("password", Messages.FieldLabels_password), Map.entry("protocol", Messages.FieldLabels_protocol), Map.entry("name", Messages.FieldLabels_name), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("from", Messages.FieldLabels_from), Map.entry("to", Messages.FieldLabels_to), Map.entry("integrated", Messages.FieldLabels_integrated), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("grant", Messages.FieldLabels_setting), Map.entry("kind", Messages.FieldLabels_kind), Map.entry("children", Messages.FieldLabels_node)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

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
                .filter(c -> List.of(c.scope().split("\\s*,\\s*")).contains(member)).map(ScopeEditorContribution::label) //$NON-NLS-1$
                .findFirst(), FeatureRegistry.platform());
    }

    /** The problem in an administrator's words: {@code Page › Section › Field: reason}. */
    public String describe(Problem problem) {
        return place(problem.path()) + ": " + problem.message(); //$NON-NLS-1$
    }

    /** The field's place on screen, e.g. {@code Internal Agents › Proxy to the OfficeScan server › Host}. */
    public String place(String path) {
        List<String> parts = new ArrayList<>();
        String member = path.split("[.\\[]", 2)[0]; //$NON-NLS-1$
        pages.apply(member).ifPresent(parts::add);
        if (path.startsWith(FEATURES + ".")) { //$NON-NLS-1$
            parts.add(SECTIONS.get(FEATURES));
            parts.addAll(feature(path.substring(FEATURES.length() + 1)));
            return String.join(SEPARATOR, parts);
        }
        List<String[]> segments = segments(path);
        String section = null;
        int depth = 0;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            key.append(i == 0 ? "" : ".").append(segments.get(i)[0]); //$NON-NLS-1$ //$NON-NLS-2$
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
            key.append(i == 0 ? "" : ".").append(name); //$NON-NLS-1$ //$NON-NLS-2$
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
                .filter(f -> rest.equals(f.id()) || rest.startsWith(f.id() + ".")).findFirst(); //$NON-NLS-1$
        if (feature.isEmpty()) {
            return List.of(rest);
        }
        List<String> parts = new ArrayList<>(List.of(feature.get().name()));
        String after = rest.substring(feature.get().id().length());
        if (after.startsWith(".properties.")) { //$NON-NLS-1$
            String setting = after.substring(".properties.".length()); //$NON-NLS-1$
            parts.add(feature.get().setting(setting).map(FeatureSetting::label).map(FieldLabels::withoutColon)
                    .orElse(setting));
        } else if (after.equals(".useGlobalProxy")) { //$NON-NLS-1$
            parts.add(Messages.FieldLabels_routedThroughTheProxy);
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
            rows.append(Messages.FieldLabels_row).append(Integer.parseInt(m.group(1)) + 1);
        }
        return rows.toString();
    }

    /** {@code sendQueriesToSps} → {@code Send queries to sps}: for a field the table does not name. */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A label as shown, for comparison: without its mnemonic marker and its colon. */
    public static String withoutColon(String label) {
        String plain = label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain; //$NON-NLS-1$
    }
}
