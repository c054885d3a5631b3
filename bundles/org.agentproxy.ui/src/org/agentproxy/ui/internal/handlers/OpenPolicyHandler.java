package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.PolicyEditors;
import org.agentproxy.ui.internal.editor.SaveGuards;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Open Policy: asks for a file and opens it; a file the codec rejects is explained in a dialog. */
public final class OpenPolicyHandler extends AbstractHandler {

    public static final String ERROR_TITLE = Messages.OpenPolicyHandler_cannotOpenPolicy;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudioPlugin studio = StudioPlugin.getDefault();
        Optional<Path> file = studio.fileChooser().chooseFileToOpen(shell);
        if (file.isEmpty()) {
            return null;
        }
        if ((studio.activePolicy().isDirty() || !SaveGuards.refusedTexts().isEmpty()) && !MessageDialog.openQuestion(shell, Messages.OpenPolicyHandler_openPolicy,
                NLS.bind(Messages.OpenPolicyHandler_theOpenPolicyHasUnsaved, file.get().getFileName()))) {
            return null;
        }
        try {
            studio.activePolicy().open(file.get());
            SaveGuards.discardRefusedTexts(); // the fields show the opened policy's values, whatever was typed
            studio.workspace().rememberOpened(file.get());
            PolicyEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        } catch (PartInitException e) {
            MessageDialog.openError(shell, ERROR_TITLE, NLS.bind(Messages.OpenPolicyHandler_thePolicyIsOpenBut, e));
        } catch (PolicyFormatException e) {
            MessageDialog.openError(shell, ERROR_TITLE, NLS.bind(Messages.OpenPolicyHandler_0IsNotAValid, file.get().getFileName(), e.getMessage()));
        } catch (IOException e) {
            MessageDialog.openError(shell, ERROR_TITLE, NLS.bind(Messages.OpenPolicyHandler_cannotRead01, file.get(), e));
        }
        return null;
    }
}
