package org.agentproxy.ui.internal.explorer;

import org.eclipse.jface.viewers.IElementComparer;

/**
 * Compares explorer rows by {@link OutlineNode#key()}: after an edit the new tree's rows match the old ones, so a
 * refresh keeps what the administrator expanded and selected.
 */
final class OutlineComparer implements IElementComparer {

    @Override
    public boolean equals(Object a, Object b) {
        if (a instanceof OutlineNode x && b instanceof OutlineNode y) {
            return x.key().equals(y.key());
        }
        return a == b || a != null && a.equals(b);
    }

    @Override
    public int hashCode(Object element) {
        return element instanceof OutlineNode node ? node.key().hashCode() : element.hashCode();
    }
}
