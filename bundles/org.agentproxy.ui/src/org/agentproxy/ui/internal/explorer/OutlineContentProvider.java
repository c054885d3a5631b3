package org.agentproxy.ui.internal.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content over {@link OutlineNode}s; the input is the list of top-level nodes. */
final class OutlineContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        return ((OutlineNode) element).children().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((OutlineNode) element).children().isEmpty();
    }
}
