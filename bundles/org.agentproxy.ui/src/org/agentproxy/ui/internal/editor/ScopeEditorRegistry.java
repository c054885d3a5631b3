package org.agentproxy.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

/**
 * Reads {@code org.agentproxy.ui.scopeEditors}: valid contributions in page order; an invalid one (missing
 * attribute, bad order, duplicate id) is logged with its contributing bundle and skipped. Page classes load
 * lazily, when the editor creates the page.
 */
public final class ScopeEditorRegistry {

    public static final String POINT = "org.agentproxy.ui.scopeEditors"; //$NON-NLS-1$

    private ScopeEditorRegistry() {
    }

    static List<ScopeEditorContribution> read(IExtensionRegistry registry) {
        List<ScopeEditorContribution> candidates = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(POINT)) {
            String bundle = e.getContributor().getName();
            String problem = problem(e);
            if (problem != null) {
                skip(bundle, problem);
                continue;
            }
            int order = e.getAttribute("order") == null ? 1000 : Integer.parseInt(e.getAttribute("order")); //$NON-NLS-1$ //$NON-NLS-2$
            candidates.add(new ScopeEditorContribution(e.getAttribute("id"), e.getAttribute("scope"), //$NON-NLS-1$ //$NON-NLS-2$
                    e.getAttribute("label"), order, bundle, e)); //$NON-NLS-1$
        }
        // page order decides which of two pages with one id is "the second", whatever order bundles resolve in
        candidates.sort(Comparator.comparingInt(ScopeEditorContribution::order)
                .thenComparing(ScopeEditorContribution::contributor).thenComparing(ScopeEditorContribution::id));
        List<ScopeEditorContribution> pages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScopeEditorContribution c : candidates) {
            if (ids.add(c.id())) {
                pages.add(c);
            } else {
                skip(c.contributor(), NLS.bind(Messages.ScopeEditorRegistry_duplicatePageId0The, c.id()));
            }
        }
        return pages;
    }

    private static void skip(String bundle, String problem) {
        ILog.of(ScopeEditorRegistry.class).warn("Skipping a scope editor page contributed by " + bundle + " to " //$NON-NLS-1$ //$NON-NLS-2$
                + POINT + ": " + problem); //$NON-NLS-1$
    }

    private static String problem(IConfigurationElement e) {
        if (!"page".equals(e.getName())) { //$NON-NLS-1$
            return NLS.bind(Messages.ScopeEditorRegistry_unknownElement0, e.getName());
        }
        for (String required : List.of("id", "scope", "label", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String value = e.getAttribute(required);
            if (value == null || value.isBlank()) {
                return NLS.bind(Messages.ScopeEditorRegistry_attribute0IsMissing, required);
            }
        }
        String order = e.getAttribute("order"); //$NON-NLS-1$
        if (order != null && !order.matches("-?\\d{1,6}")) { //$NON-NLS-1$
            return NLS.bind(Messages.ScopeEditorRegistry_attributeOrderMustBeA, order);
        }
        return null;
    }
}
