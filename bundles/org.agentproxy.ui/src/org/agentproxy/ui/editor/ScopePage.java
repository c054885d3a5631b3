package org.agentproxy.ui.editor;

import org.eclipse.swt.widgets.Composite;

/**
 * A page of the policy editor, contributed through the extension point {@code org.agentproxy.ui.scopeEditors}.
 * Implementations build their controls with the site's {@link FieldBinder} so that fields are bound to the
 * policy, undoable, decorated with their problems and reachable from the Policy Problems view.
 */
public interface ScopePage {

    /** Builds the page's controls into {@code body} (a form body with a one-column grid layout). */
    void createContents(Composite body, ScopePageSite site);

    /** Called when the page is disposed; the site's bindings are disposed by the editor. */
    default void dispose() {
    }
}
