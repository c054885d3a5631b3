package org.agentproxy.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * The multi-page policy editor: one page per contribution to {@code org.agentproxy.ui.scopeEditors}, over the
 * active policy. Dirty state, Save, Save As, Revert; its edits are operations of the workbench operation history.
 */
public final class PolicyEditor extends FormEditor {

    public static final String ID = "org.agentproxy.ui.policyEditor";

    private final Consumer<ActivePolicy> listener = this::policyChanged;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private List<ScopeEditorContribution> contributions = List.of();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        // Edit → Undo / Redo: PolicyHistoryHandler (plugin.xml), for the whole window, not an action of this part
        document().addListener(listener);
    }

    @Override
    protected void addPages() {
        contributions = ScopeEditorRegistry.read(Platform.getExtensionRegistry());
        try {
            for (ScopeEditorContribution c : contributions) {
                int index = addPage(new ScopeFormPage(this, c));
                c.icon().ifPresent(icon -> setPageImage(index, resources.create(icon)));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shows the page that edits a field path and focuses the field; false if no page has it. */
    public boolean reveal(String path) {
        String member = path.split("[.\\[]", 2)[0];
        for (ScopeEditorContribution c : contributions) {
            if (Arrays.asList(c.scope().split("\\s*,\\s*")).contains(member)) {
                IFormPage page = setActivePage(c.id());
                if (page instanceof ScopeFormPage scopePage && scopePage.reveal(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Shows the page {@code step} pages after (or, negative, before) the one shown, round the ends. */
    public void turnPage(int step) {
        if (getPageCount() > 0) {
            setActivePage(Math.floorMod(getActivePage() + step, getPageCount()));
        }
    }

    @Override
    public boolean isDirty() {
        return document().isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(document().file());
    }

    @Override
    public void doSaveAs() {
        StudioPlugin.getDefault().fileChooser().chooseFileToSave(getSite().getShell(), document().file())
                .ifPresent(this::save);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    private void save(Path file) {
        try {
            document().saveAs(file);
            StudioPlugin.getDefault().workspace().rememberOpened(file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot Save Policy",
                    "Cannot write " + file + ". Your edits are still open.\n\n" + e);
        }
    }

    private void policyChanged(ActivePolicy active) {
        if (active.file() != null) {
            setPartName(String.valueOf(active.file().getFileName()));
            setTitleToolTip(active.file().toString());
        }
        firePropertyChange(PROP_DIRTY);
    }

    private static ActivePolicy document() {
        return StudioPlugin.getDefault().activePolicy();
    }

    @Override
    public void dispose() {
        document().removeListener(listener);
        resources.dispose();
        super.dispose();
    }
}
