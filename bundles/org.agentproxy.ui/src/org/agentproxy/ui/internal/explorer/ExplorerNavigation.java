package org.agentproxy.ui.internal.explorer;

import java.util.ArrayDeque;
import java.util.Deque;

import org.agentproxy.ui.internal.editor.PolicyEditor;
import org.agentproxy.ui.internal.editor.PolicyEditors;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opening an explorer row: the policy editor shows the page of the row's field and focuses its control; a section
 * row (a scope, a proxy, a list) focuses its first field, depth first, that the page has. Rows without a path (the "Related settings"
 * and "Problems" folders) open nothing.
 */
final class ExplorerNavigation {

    private ExplorerNavigation() {
    }

    /** @return whether a field was focused */
    static boolean open(IWorkbenchPage page, OutlineNode node) throws PartInitException {
        if (node.path().isEmpty()) {
            return false;
        }
        PolicyEditor editor = PolicyEditors.open(page);
        Deque<OutlineNode> rows = new ArrayDeque<>();
        rows.add(node);
        while (!rows.isEmpty()) {
            OutlineNode row = rows.removeFirst();
            if (!row.path().isEmpty() && editor.reveal(row.path())) {
                return true;
            }
            for (int i = row.children().size() - 1; i >= 0; i--) {
                rows.addFirst(row.children().get(i));     // depth first: a section's own fields come first
            }
        }
        return false;
    }
}
