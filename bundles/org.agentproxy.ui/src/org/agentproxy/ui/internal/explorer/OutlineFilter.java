package org.agentproxy.ui.internal.explorer;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.dialogs.PatternFilter;

/**
 * The settings search: a row matches when its label or its value does (a word of either starts with the pattern,
 * or anywhere with a leading {@code *}; {@code ?} and {@code *} are wildcards, as in every Eclipse filter box). A
 * password row's value is only "stored" or "not set", so a search never reveals a password.
 */
final class OutlineFilter extends PatternFilter {

    OutlineFilter() {
        setIncludeLeadingWildcard(true);
    }

    /** Whether the row itself matches (whatever its children), for Enter in the search box. */
    boolean matches(Viewer viewer, OutlineNode node) {
        return isLeafMatch(viewer, node);
    }

    @Override
    protected boolean isLeafMatch(Viewer viewer, Object element) {
        OutlineNode node = (OutlineNode) element;
        return wordMatches(node.label()) || !node.detail().isEmpty() && wordMatches(node.detail());
    }
}
