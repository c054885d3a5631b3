package org.agentproxy.ui;

import java.util.List;
import java.util.Objects;

/**
 * What a file chooser chooses: its dialog titles, its filters, and the key under which the studio remembers the
 * last folder of this kind (each kind its own). The studio's kinds are constants; other bundles may make their own.
 *
 * @param key         the name the last folder is remembered by
 * @param openTitle   the dialog's title when a file is opened
 * @param saveTitle   the dialog's title when a file is written
 * @param filterNames what each filter shows, e.g. {@code Inventories (*.csv)}; the last is always all files
 * @param extensions  the filters' patterns, in the same order, e.g. {@code *.csv}
 */
public record FileKind(String key, String openTitle, String saveTitle, List<String> filterNames,
        List<String> extensions) {

    /** A policy file ({@code *.json}): File → Open Policy, Save As, Compare With File. */
    public static final FileKind POLICY = of("policy", "Open Policy", "Save Policy As", "Policies", "*.json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** An exported policy ({@code *.json}, maybe with encrypted passwords): File → Export Policy. */
    public static final FileKind POLICY_EXPORT = of("policyExport", "Open Exported Policy", "Export Policy", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "Exported policies", "*.json"); //$NON-NLS-1$ //$NON-NLS-2$
    /** A simulation scenario ({@code *.json}, format {@code agentproxy-scenario/1}): Load Scenario. */
    public static final FileKind SCENARIO = of("scenario", "Load Scenario", "Save Scenario", "Scenarios", "*.json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** An agent inventory ({@code *.csv}): Fleet Impact and the Deploy wizard's impact page. */
    public static final FileKind INVENTORY = of("inventory", "Choose an Agent Inventory", "Save Agent Inventory", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "Agent inventories", "*.csv"); //$NON-NLS-1$ //$NON-NLS-2$
    /** A CSV export ({@code *.csv}): Fleet Impact's Export CSV. */
    public static final FileKind CSV_EXPORT = of("csvExport", "Open CSV", "Export CSV", "CSV files", "*.csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    public FileKind {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        filterNames = List.copyOf(filterNames);
        extensions = List.copyOf(extensions);
        if (filterNames.size() != extensions.size()) {
            throw new IllegalArgumentException("one name per filter: " + filterNames + " " + extensions); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** A kind with one filter {@code what (pattern)} followed by all files. */
    public static FileKind of(String key, String openTitle, String saveTitle, String what, String pattern) {
        return new FileKind(key, openTitle, saveTitle, List.of(what + " (" + pattern + ")", "All files (*)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of(pattern, "*")); //$NON-NLS-1$
    }
}
