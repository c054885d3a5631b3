package org.agentproxy.ui.internal.handlers;

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

    public static final String DONE_TITLE = "Policy Exported";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudioPlugin studio = StudioPlugin.getDefault();
        ActivePolicy active = studio.activePolicy();
        if (active.policy() == null
                || !SaveGuards.confirmRefusedTexts(shell, "export")) {
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
                note = export.included().size() + " stored passwords included, encrypted with the passphrase"
                        + (export.missing().isEmpty() ? "." : "; not stored, so not included: " + export.missing());
            } else {
                PolicyFiles.writeAtomically(file.get(), transfer.exportWithoutSecrets(active.policy()));
                note = "No password included.";
            }
            MessageDialog.openInformation(shell, DONE_TITLE, "Exported to " + file.get() + ". " + note
                    + (active.isDirty() ? "\nPasswords typed since the last save are not exported." : ""));
        } catch (Exception e) {
            MessageDialog.openError(shell, ExportPolicyDialog.TITLE, "The policy could not be exported: "
                    + e.getMessage());
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        return null;
    }

    private static Path exportName(Path file) {
        String name = String.valueOf(file.getFileName()).replaceFirst("\\.json$", "");
        return file.resolveSibling(name + "-export.json");
    }
}
