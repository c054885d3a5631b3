package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.SaveGuards;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Save Policy As: writes the open policy to a new file (atomically; passwords stay references). */
public final class SaveAsPolicyHandler extends AbstractHandler {

    public static final String ERROR_TITLE = Messages.SaveAsPolicyHandler_cannotSavePolicy;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudioPlugin studio = StudioPlugin.getDefault();
        ActivePolicy active = studio.activePolicy();
        if (active.policy() == null || !SaveGuards.maySave(shell)) {
            return null;
        }
        Optional<Path> file = studio.fileChooser().chooseFileToSave(shell, active.file());
        if (file.isEmpty()) {
            return null;
        }
        try {
            active.saveAs(file.get());
            studio.workspace().rememberOpened(file.get());
        } catch (IOException e) {
            MessageDialog.openError(shell, ERROR_TITLE,
                    NLS.bind(Messages.SaveAsPolicyHandler_cannotWrite0TheOpen, file.get(), e));
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        StudioPlugin studio = StudioPlugin.getDefault();
        return studio != null && studio.activePolicy().policy() != null;
    }
}
