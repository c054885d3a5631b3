package org.agentproxy.ui.editor;

import org.agentproxy.ui.ActivePolicy;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** What a {@link ScopePage} gets from the editor: the policy, the form toolkit, the field binder. */
public interface ScopePageSite {

    ActivePolicy document();

    FormToolkit toolkit();

    FieldBinder binder();

    /** A titled, described section of the page with a two-column client (label, control). */
    Composite section(Composite parent, String title, String description);
}
