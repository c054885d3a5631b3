package org.agentproxy.ui.editor;

import org.eclipse.osgi.util.NLS;

import java.util.Arrays;
import java.util.Optional;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.ConnectionTester;
import org.agentproxy.connection.ProxySection;
import org.agentproxy.connection.SectionEndpoint;
import org.agentproxy.connection.SectionException;
import org.agentproxy.connection.SectionTargets;
import org.agentproxy.connection.Timeouts;
import org.agentproxy.ui.ActivePolicy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * "Test Connection" for a proxy section: connects through the configured proxy to the section's target in a
 * cancellable Job (never on the UI thread) and shows exactly what happened. The result line's id is the section's
 * field path + {@code .test}.
 */
public final class ConnectionTestRow {

    private ConnectionTestRow() {
    }

    public static void create(Composite client, ScopePageSite site, ProxySection section) {
        Button button = site.toolkit().createButton(client, "", SWT.PUSH); //$NON-NLS-1$
        button.setText(site.binder().mnemonic(Messages.ConnectionTestRow_testConnection, button));
        button.setData(FieldBinder.ID_KEY, section.fieldPath() + "#test"); //$NON-NLS-1$
        Label result = site.toolkit().createLabel(client, Messages.ConnectionTestRow_notTestedYet, SWT.WRAP);
        result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        result.setData(FieldBinder.ID_KEY, section.fieldPath() + ".test"); //$NON-NLS-1$
        button.addListener(SWT.Selection, e -> start(site.document(), section, button, result));
    }

    private static void start(ActivePolicy document, ProxySection section, Button button, Label result) {
        SectionEndpoint endpoint;
        try {
            endpoint = new SectionTargets().resolve(document.policy(), section);
        } catch (SectionException e) {
            show(result, e.getMessage());
            return;
        }
        char[] password;
        try {
            Optional<char[]> stored = endpoint.password() == null ? Optional.empty()
                    : document.secret(endpoint.password());
            password = stored.orElse(null);
        } catch (Exception e) {
            show(result, NLS.bind(Messages.ConnectionTestRow_theStoredPasswordCannotBe, e.getMessage()));
            return;
        }
        ConnectionTestRequest request = endpoint.request(password, Timeouts.DEFAULT);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        button.setEnabled(false);
        show(result, NLS.bind(Messages.ConnectionTestRow_testing012, new Object[] { endpoint.proxy(), endpoint.target().host(), endpoint.target().port() }));
        Job job = Job.create(NLS.bind(Messages.ConnectionTestRow_testingTheConnectionThrough0, endpoint.proxy()), (IProgressMonitor monitor) -> {
            try (request) {
                ConnectionTestResult outcome = new ConnectionTester().run(request, monitor);
                result.getDisplay().asyncExec(() -> {
                    if (!result.isDisposed()) {
                        show(result, outcome.summary());
                        button.setEnabled(true);
                    }
                });
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static void show(Label result, String text) {
        result.setText(text);
        result.getParent().layout(true, true);
    }
}
