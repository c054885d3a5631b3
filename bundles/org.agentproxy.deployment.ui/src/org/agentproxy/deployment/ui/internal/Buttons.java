package org.agentproxy.deployment.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The push buttons beside the deployment UI's tables and trees: full width of their column, with a bot id. */
public final class Buttons {

    private Buttons() {
    }

    public static Button push(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
