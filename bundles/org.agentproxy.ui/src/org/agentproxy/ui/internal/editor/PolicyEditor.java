package org.agentproxy.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.RefusedText;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * The multi-page policy editor: one page per contribution to {@code org.agentproxy.ui.scopeEditors}, over the
 * active policy. Dirty state, Save, Save As, Revert; its edits are operations of the workbench operation history. A
 * field that shows text the policy does not hold (refused on entry) keeps the editor dirty, and Save, Save As and
 * closing the editor ask about it first ({@link SaveGuards}); saving a policy with errors asks too.
 */
public final class PolicyEditor extends FormEditor implements ISaveablePart2 {

    public static final String ID = "org.agentproxy.ui.policyEditor"; //$NON-NLS-1$

    /**
     * A field of this editor that shows refused text.
     *
     * @param editor the editor
     * @param page   the page of the field
     * @param text   the field, its text and why it was refused
     */
    public record Refusal(PolicyEditor editor, ScopeFormPage page, RefusedText text) {

        /** {@code Page › Section › Label}. */
        public String place() {
            return page.getTitle() + " › " + text.place(); //$NON-NLS-1$
        }

        /** Shows the field's page and puts the focus on the field, its text selected. */
        public void reveal() {
            if (text.control().isDisposed()) {
                return;
            }
            editor.getSite().getPage().activate(editor);
            editor.setActivePage(page.getId());
            page.focus(text.control());
            if (text.control() instanceof Text field) {
                field.selectAll();
            }
        }
    }

    private final Consumer<ActivePolicy> listener = this::policyChanged;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private List<ScopeEditorContribution> contributions = List.of();
    /** Plug-ins coming and going: their pages are added and removed while the editor is open. */
    private final IRegistryEventListener pagesChanged = new IRegistryEventListener() {
        @Override
        public void added(IExtension[] extensions) {
            syncPagesLater();
        }

        @Override
        public void removed(IExtension[] extensions) {
            syncPagesLater();
        }

        @Override
        public void added(IExtensionPoint[] points) {
            // the point is the studio's own
        }

        @Override
        public void removed(IExtensionPoint[] points) {
            // the point is the studio's own
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        // Edit → Undo / Redo: PolicyHistoryHandler (plugin.xml), for the whole window, not an action of this part
        document().addListener(listener);
        Platform.getExtensionRegistry().addListener(pagesChanged, ScopeEditorRegistry.POINT);
    }

    @Override
    protected void addPages() {
        contributions = ScopeEditorRegistry.read(Platform.getExtensionRegistry());
        for (int i = 0; i < contributions.size(); i++) {
            addContributedPage(i, contributions.get(i));
        }
    }

    private void addContributedPage(int index, ScopeEditorContribution c) {
        try {
            addPage(index, new ScopeFormPage(this, c));
            c.icon().ifPresent(icon -> setPageImage(index, resources.create(icon)));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void syncPagesLater() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(this::syncPages);
        }
    }

    /**
     * Makes the pages those of the contributions now: removes the pages of contributions that are gone (a plug-in
     * uninstalled or updated) and adds the new ones in their place of the page order.
     */
    private void syncPages() {
        if (pages == null || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        List<ScopeEditorContribution> now = ScopeEditorRegistry.read(Platform.getExtensionRegistry());
        for (int i = getPageCount() - 1; i >= 0; i--) {
            if (pages.get(i) instanceof ScopeFormPage page && !now.contains(page.contribution())) {
                removePage(i);
            }
        }
        for (int i = 0; i < now.size(); i++) {
            if (!(i < getPageCount() && pages.get(i) instanceof ScopeFormPage page
                    && page.contribution().equals(now.get(i)))) {
                addContributedPage(i, now.get(i));
            }
        }
        contributions = now;
    }

    /** Shows the page that edits a field path and focuses the field; false if no page has it. */
    public boolean reveal(String path) {
        String member = path.split("[.\\[]", 2)[0]; //$NON-NLS-1$
        for (ScopeEditorContribution c : contributions) {
            if (Arrays.asList(c.scope().split("\\s*,\\s*")).contains(member)) { //$NON-NLS-1$
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

    /** Dirty when the policy has unsaved edits, or a field shows text the policy does not hold. */
    @Override
    public boolean isDirty() {
        return document().isDirty() || !refusedTexts().isEmpty();
    }

    /** The fields of the pages built so far that show refused text, page by page. */
    public List<Refusal> refusedTexts() {
        List<Refusal> refused = new ArrayList<>();
        if (pages != null) {
            for (Object page : pages) {
                if (page instanceof ScopeFormPage scopePage && scopePage.binder() != null) {
                    scopePage.binder().refusedTexts().forEach(t -> refused.add(new Refusal(this, scopePage, t)));
                }
            }
        }
        return refused;
    }

    /** Shows the policy's values again in the fields that show refused text. */
    public void discardRefusedTexts() {
        if (pages == null) {
            return;
        }
        for (Object page : pages) {
            if (page instanceof ScopeFormPage scopePage && scopePage.binder() != null) {
                scopePage.binder().discardRefusedTexts();
            }
        }
        editorDirtyStateChanged();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!SaveGuards.maySave(getSite().getShell())) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        save(document().file());
    }

    @Override
    public void doSaveAs() {
        if (SaveGuards.maySave(getSite().getShell())) {
            StudioPlugin.getDefault().fileChooser().chooseFileToSave(getSite().getShell(), document().file())
                    .ifPresent(this::save);
        }
    }

    /**
     * Closing with fields that show refused text asks about them first; then, when the policy has unsaved edits,
     * the workbench asks whether to save them.
     */
    @Override
    public int promptToSaveOnClose() {
        List<Refusal> refused = refusedTexts();
        if (refused.isEmpty()) {
            return DEFAULT;
        }
        if (!SaveGuards.confirmRefusedTexts(getSite().getShell(), Messages.PolicyEditor_closeTheEditor, refused)) {
            return CANCEL;
        }
        return document().isDirty() ? DEFAULT : NO;
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
            MessageDialog.openError(getSite().getShell(), Messages.PolicyEditor_cannotSavePolicy,
                    NLS.bind(Messages.PolicyEditor_cannotWrite0YourEdits, file, e));
        }
    }

    private void policyChanged(ActivePolicy active) {
        if (active.file() != null) {
            setPartName(String.valueOf(active.file().getFileName()));
            setTitleToolTip(active.file().toString());
        }
        firePropertyChange(IEditorPart.PROP_DIRTY);
    }

    private static ActivePolicy document() {
        return StudioPlugin.getDefault().activePolicy();
    }

    @Override
    public void dispose() {
        Platform.getExtensionRegistry().removeListener(pagesChanged);
        document().removeListener(listener);
        resources.dispose();
        super.dispose();
    }
}
