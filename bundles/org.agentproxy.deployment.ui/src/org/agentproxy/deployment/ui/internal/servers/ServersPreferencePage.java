package org.agentproxy.deployment.ui.internal.servers;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.deployment.UntrustedServerException;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Policy Servers: the servers deployments go to (name, URL), each with its admin token kept in secure storage.
 * "Test" lists the server's groups in a Job; an HTTPS server whose certificate nothing vouches for shows its
 * fingerprint and asks before trusting it (a changed certificate is refused, both fingerprints named). Nothing is
 * stored before Apply.
 */
public final class ServersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.agentproxy.deployment.ui.servers"; //$NON-NLS-1$

    private final List<PolicyServerEntry> servers = new ArrayList<>();
    private final Map<String, char[]> typedTokens = new HashMap<>();
    /** Certificates trusted on this page (server id → SHA-256 fingerprint), stored on Apply. */
    private final Map<String, String> trusted = new HashMap<>();
    private ServerFields fields;
    private TableViewer table;
    private Label testResult;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.ServersPreferencePage_thePolicyServersPoliciesAre);
        servers.addAll(DeploymentUi.get().servers().servers());
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        table = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setData("org.agentproxy.bot.id", "servers.table"); //$NON-NLS-1$ //$NON-NLS-2$
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ServersPreferencePage_name, 140, s -> s.name());
        column(Messages.ServersPreferencePage_url, 220, s -> s.url().toString());
        column(Messages.ServersPreferencePage_adminToken, 90, s -> typedTokens.containsKey(s.id()) || DeploymentUi.get().servers().hasToken(s.id())
                ? Messages.ServersPreferencePage_tokenStored : Messages.ServersPreferencePage_tokenNone);
        column(Messages.ServersPreferencePage_certificate, 150, this::certificate);
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        button(buttons, Messages.ServersPreferencePage_add, this::add);
        button(buttons, Messages.ServersPreferencePage_remove, this::remove);
        button(buttons, Messages.ServersPreferencePage_test, this::test);
        fields = new ServerFields(root, this::edited);
        testResult = new Label(root, SWT.WRAP);
        testResult.setData("org.agentproxy.bot.id", "servers.testResult"); //$NON-NLS-1$ //$NON-NLS-2$
        testResult.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1));
        table.getTable().addListener(SWT.Selection, e -> fields.show(selected()));
        table.setInput(servers);
        if (!servers.isEmpty()) {
            table.getTable().select(0);
            fields.show(selected());
        }
        return root;
    }

    private void column(String title, int width, java.util.function.Function<PolicyServerEntry, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        ColumnWidths.set(c.getColumn(), width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((PolicyServerEntry) o)));
    }

    private String certificate(PolicyServerEntry s) {
        String pin = trusted.containsKey(s.id()) ? trusted.get(s.id()) : DeploymentUi.get().servers().fingerprint(s.id());
        return pin != null ? NLS.bind(Messages.ServersPreferencePage_trusted0, pin.substring(0, 11))
                : "https".equalsIgnoreCase(s.url().getScheme()) ? Messages.ServersPreferencePage_systemTrust : Messages.ServersPreferencePage_nonePlainHTTP; //$NON-NLS-1$
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private PolicyServerEntry selected() {
        int i = table.getTable().getSelectionIndex();
        return i < 0 || i >= servers.size() ? null : servers.get(i);
    }

    private void add() {
        PolicyServerEntry entry = new PolicyServerEntry(ServerRegistry.newId() + servers.size(), Messages.ServersPreferencePage_newServer,
                PolicyServerEntry.normalize("http://127.0.0.1:8470/")); //$NON-NLS-1$
        servers.add(entry);
        table.refresh();
        table.getTable().select(servers.size() - 1);
        fields.show(entry);
    }

    private void remove() {
        PolicyServerEntry entry = selected();
        if (entry != null) {
            servers.remove(entry);
            wipe(typedTokens.remove(entry.id()));
            table.refresh();
            fields.show(null);
        }
    }

    /** The fields changed the selected entry (name, URL) or typed its token. */
    private void edited(PolicyServerEntry changed, char[] token) {
        int index = table.getTable().getSelectionIndex();
        if (index < 0 || index >= servers.size() || !servers.get(index).id().equals(changed.id())) {
            return;
        }
        servers.set(index, changed);
        if (token != null) {
            wipe(typedTokens.put(changed.id(), token));
        }
        table.refresh();
        table.getTable().select(index);
        setErrorMessage(null);
    }

    private void test() {
        PolicyServerEntry entry = selected();
        if (entry == null) {
            testResult.setText(Messages.ServersPreferencePage_selectAServerToTest);
            return;
        }
        AccessToken token;
        try {
            char[] typed = typedTokens.get(entry.id());
            token = typed != null ? new AccessToken(new String(typed))
                    : DeploymentUi.get().servers().token(entry.id()).orElse(null);
        } catch (Exception e) {
            testResult.setText(NLS.bind(Messages.ServersPreferencePage_theAdminTokenCannotBe, e.getMessage()));
            return;
        }
        testResult.setText(NLS.bind(Messages.ServersPreferencePage_testing0, entry.url()));
        Job job = Job.create(NLS.bind(Messages.ServersPreferencePage_testingPolicyServer0, entry.url()), monitor -> {
            String text;
            UntrustedServerException untrusted = null;
            try {
                text = ServerProbe.describe(ServerProbe.groups(entry.url(), token));
            } catch (Exception e) {
                text = NLS.bind(Messages.ServersPreferencePage_failed0, e.getMessage());
                untrusted = e.getCause() instanceof UntrustedServerException u ? u : null;
            }
            String shown = text;
            UntrustedServerException ask = untrusted != null && untrusted.pinned() == null ? untrusted : null;
            testResult.getDisplay().asyncExec(() -> {
                if (!testResult.isDisposed()) {
                    testResult.setText(ask == null ? shown : Messages.ServersPreferencePage_theServerSCertificateIs);
                    testResult.getParent().layout(true, true);
                    if (ask != null) {
                        askTrust(entry, ask.seen());
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** First contact with a certificate nothing vouches for: show its fingerprint, and on Trust test again. */
    private void askTrust(PolicyServerEntry entry, String fingerprint) {
        if (TrustCertificateDialog.ask(getShell(), entry.url(), fingerprint)) {
            trusted.put(entry.id(), fingerprint);
            ServerTrust.shared().pin(entry.url(), fingerprint);
            table.refresh();
            test();
        } else {
            testResult.setText(NLS.bind(Messages.ServersPreferencePage_failedTheCertificateOf0, entry.url(), fingerprint));
        }
    }

    @Override
    public boolean performCancel() {
        DeploymentUi.get().servers().applyPins(); // forget the certificates trusted on this page only
        for (PolicyServerEntry s : servers) {
            if (trusted.containsKey(s.id()) && DeploymentUi.get().servers().fingerprint(s.id()) == null) {
                ServerTrust.shared().unpin(s.url());
            }
        }
        return super.performCancel();
    }

    @Override
    public boolean performOk() {
        ServerRegistry registry = DeploymentUi.get().servers();
        try {
            registry.save(servers);
            for (Map.Entry<String, char[]> e : typedTokens.entrySet()) {
                if (servers.stream().anyMatch(s -> s.id().equals(e.getKey()))) {
                    registry.putToken(e.getKey(), e.getValue());
                }
                wipe(e.getValue());
            }
            typedTokens.clear();
            for (Map.Entry<String, String> e : trusted.entrySet()) {
                if (servers.stream().anyMatch(s -> s.id().equals(e.getKey()))) {
                    registry.trust(e.getKey(), e.getValue());
                }
            }
            trusted.clear();
            table.refresh();
            org.agentproxy.deployment.ui.internal.groups.GroupActions.fire();
            return true;
        } catch (Exception e) {
            setErrorMessage(NLS.bind(Messages.ServersPreferencePage_theServersCannotBeSaved, e.getMessage()));
            return false;
        }
    }

    @Override
    public void dispose() {
        typedTokens.values().forEach(ServersPreferencePage::wipe);
        typedTokens.clear();
        super.dispose();
    }

    private static void wipe(char[] value) {
        if (value != null) {
            Arrays.fill(value, '\0');
        }
    }
}
