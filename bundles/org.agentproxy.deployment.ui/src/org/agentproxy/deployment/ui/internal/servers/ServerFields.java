package org.agentproxy.deployment.ui.internal.servers;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The selected server's fields: name, URL and a password field for its admin token (never shown back). */
final class ServerFields {

    private final Text name;
    private final Text url;
    private final Text token;
    private final Label problem;
    private final BiConsumer<PolicyServerEntry, char[]> onEdit;
    private PolicyServerEntry shown;
    private boolean updating;

    ServerFields(Composite parent, BiConsumer<PolicyServerEntry, char[]> onEdit) {
        this.onEdit = onEdit;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
        name = field(box, Messages.ServerFields_name, SWT.BORDER);
        url = field(box, Messages.ServerFields_url, SWT.BORDER);
        token = field(box, Messages.ServerFields_adminToken, SWT.BORDER | SWT.PASSWORD);
        token.setMessage(Messages.ServerFields_tokenUnchanged);
        problem = new Label(box, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> changed(false));
        url.addListener(SWT.Modify, e -> changed(false));
        token.addListener(SWT.Modify, e -> changed(true));
        show(null);
    }

    private static Text field(Composite box, String label, int style) {
        new Label(box, SWT.NONE).setText(label);
        Text text = new Text(box, style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    void show(PolicyServerEntry entry) {
        updating = true;
        shown = entry;
        name.setText(entry == null ? "" : entry.name()); //$NON-NLS-1$
        url.setText(entry == null ? "" : entry.url().toString()); //$NON-NLS-1$
        token.setText(""); //$NON-NLS-1$
        problem.setText(""); //$NON-NLS-1$
        for (Text t : new Text[] {name, url, token}) {
            t.setEnabled(entry != null);
        }
        updating = false;
    }

    private void changed(boolean tokenTyped) {
        if (updating || shown == null) {
            return;
        }
        try {
            PolicyServerEntry entry = shown.withName(name.getText().strip().isEmpty() ? shown.name() : name.getText().strip())
                    .withUrl(PolicyServerEntry.normalize(url.getText()));
            shown = entry;
            char[] typed = tokenTyped && !token.getText().isBlank() ? token.getText().strip().toCharArray() : null;
            problem.setText(""); //$NON-NLS-1$
            onEdit.accept(entry, typed);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }
}
