package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.transfer.PolicyTransfer;
import org.agentproxy.policy.store.transfer.SecretExport;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.FileKind;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.SaveGuards;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Export Policy: the open policy, without secrets or with its stored passwords encrypted. */
public final class ExportPolicyHandler extends AbstractHandler {

    public static final String DONE_TITLE = Messages.ExportPolicyHandler_policyExported;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudioPlugin studio = StudioPlugin.getDefault();
        ActivePolicy active = studio.activePolicy();
        if (active.policy() == null
                || !SaveGuards.confirmRefusedTexts(shell, Messages.ExportPolicyHandler_export)) {
            return null;
        }
        ExportPolicyDialog dialog = new ExportPolicyDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        char[] passphrase = dialog.passphrase();
        try {
            Optional<Path> file = studio.fileChooser().chooseFileToSave(shell, FileKind.POLICY_EXPORT,
                    exportName(active.file()));
            if (file.isEmpty()) {
                return null;
            }
            PolicyTransfer transfer = new PolicyTransfer(studio.secretStore());
            String note;
            if (dialog.includeSecrets()) {
                SecretExport export = transfer.exportWithSecrets(PolicyId.of(active.file()), active.policy(),
                        passphrase);
                PolicyFiles.writeAtomically(file.get(), export.content());
                note = NLS.bind(Messages.ExportPolicyHandler_0StoredPasswordsIncludedEncrypted, export.included().size(), (export.missing().isEmpty() ? "." : NLS.bind(Messages.ExportPolicyHandler_notStoredSoNotIncluded, export.missing()))); //$NON-NLS-1$
            } else {
                PolicyFiles.writeAtomically(file.get(), transfer.exportWithoutSecrets(active.policy()));
                note = Messages.ExportPolicyHandler_noPasswordIncluded;
            }
            MessageDialog.openInformation(shell, DONE_TITLE, NLS.bind(Messages.ExportPolicyHandler_exportedTo012, new Object[] { file.get(), note, (active.isDirty() ? Messages.ExportPolicyHandler_passwordsTypedSinceTheLast : "") })); //$NON-NLS-1$
        } catch (Exception e) {
            MessageDialog.openError(shell, ExportPolicyDialog.TITLE, NLS.bind(Messages.ExportPolicyHandler_thePolicyCouldNotBe, e.getMessage()));
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        return null;
    }

    private static Path exportName(Path file) {
        String name = String.valueOf(file.getFileName()).replaceFirst("\\.json$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return file.resolveSibling(name + "-export.json"); //$NON-NLS-1$
    }
}
