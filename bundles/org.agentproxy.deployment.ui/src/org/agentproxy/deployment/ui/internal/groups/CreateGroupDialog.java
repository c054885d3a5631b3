package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

import java.util.List;

import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Create Group: the server (when several are configured) and the new group's name, checked as the server would. */
final class CreateGroupDialog extends TitleAreaDialog {

    static final String TITLE = Messages.CreateGroupDialog_createAgentGroup;

    private final List<PolicyServerEntry> servers;
    private final PolicyServerEntry initial;
    private Combo server;
    private Text name;
    private PolicyServerEntry chosenServer;
    private String chosenName;

    CreateGroupDialog(Shell parent, List<PolicyServerEntry> servers, PolicyServerEntry initial) {
        super(parent);
        this.servers = servers;
        this.initial = initial != null ? initial : servers.get(0);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.CreateGroupDialog_createAnAgentGroup);
        setMessage(Messages.CreateGroupDialog_agentsOfOneGroupPoll);
        Composite box = new Composite(area, SWT.NONE);
        box.setLayout(new GridLayout(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(box, SWT.NONE).setText(Messages.CreateGroupDialog_server);
        server = new Combo(box, SWT.READ_ONLY);
        server.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (PolicyServerEntry s : servers) {
            server.add(s.name() + " — " + s.url()); //$NON-NLS-1$
        }
        server.select(Math.max(0, servers.indexOf(initial)));
        new Label(box, SWT.NONE).setText(Messages.CreateGroupDialog_groupName);
        name = new Text(box, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.setMessage(Messages.CreateGroupDialog_eGHqOrBranch);
        name.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.CreateGroupDialog_create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String text = name.getText().strip();
        String problem = text.isEmpty() ? null : GroupAdministration.NAME.matcher(text).matches() ? null
                : NLS.bind(Messages.CreateGroupDialog_groupName0IsNot, text, GroupAdministration.NAME_RULE);
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!text.isEmpty() && problem == null);
        }
    }

    @Override
    protected void okPressed() {
        chosenServer = servers.get(Math.max(0, server.getSelectionIndex()));
        chosenName = name.getText().strip();
        super.okPressed();
    }

    PolicyServerEntry server() {
        return chosenServer;
    }

    String groupName() {
        return chosenName;
    }
}
