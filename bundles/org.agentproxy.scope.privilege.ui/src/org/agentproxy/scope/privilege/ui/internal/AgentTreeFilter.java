package org.agentproxy.scope.privilege.ui.internal;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.dialogs.PatternFilter;

/**
 * The agent tree's filter: a node matches when its name does (anywhere in it; {@code *} and {@code ?} are
 * wildcards). Matching nodes show with the domains above them, so each keeps its place and its effective setting.
 */
final class AgentTreeFilter extends PatternFilter {

    AgentTreeFilter() {
        setIncludeLeadingWildcard(true);
    }

    @Override
    protected boolean isLeafMatch(Viewer viewer, Object element) {
        return wordMatches(((AgentTreeRow) element).name());
    }
}
