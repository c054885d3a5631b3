package org.agentproxy.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.util.function.Consumer;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/** A page of the policy editor around one contributed {@link ScopePage}. */
public final class ScopeFormPage extends FormPage implements ScopePageSite {

    private final ScopeEditorContribution contribution;
    private final Consumer<ActivePolicy> problems = this::showProblems;
    private ScopePage page;
    private FieldBinder binder;
    /**
     * The field of this page that had the focus last, or was revealed last: the page gives it the focus again each
     * time it gets the focus (the window or the editor activated again), not only the first time, so that a field
     * revealed as a dialog closes keeps the focus however many activations follow.
     */
    private Control lastFocused;
    /**
     * A field revealed by {@link #focus(Control)} keeps the focus until the user acts (a key or a mouse button):
     * an activation of the window that follows the reveal may hand the focus to the page's first field, and that
     * must neither move the caret away from the revealed field nor be remembered as the user's choice. A Traverse
     * (Tab, a mnemonic) counts as the user's act too.
     */
    private Control revealed;
    private final Listener focusTracker = this::focusIn;
    private final Listener userInput = e -> revealed = null;

    ScopeFormPage(FormEditor editor, ScopeEditorContribution contribution) {
        super(editor, contribution.id(), contribution.label());
        this.contribution = contribution;
    }

    /** The contribution this page shows. */
    ScopeEditorContribution contribution() {
        return contribution;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        // a scroll bar that shows whenever the page is longer than the editor (GTK's overlay bar shows only under the
        // pointer: the page would look cut off)
        form.setScrollbarsMode(SWT.NONE);
        form.setText(contribution.label());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.getDisplay().addFilter(SWT.FocusIn, focusTracker);
        body.getDisplay().addFilter(SWT.KeyDown, userInput);
        body.getDisplay().addFilter(SWT.MouseDown, userInput);
        body.getDisplay().addFilter(SWT.Traverse, userInput); // Tab and mnemonics may move the focus without KeyDown
        body.addDisposeListener(e -> {
            e.display.removeFilter(SWT.FocusIn, focusTracker);
            e.display.removeFilter(SWT.KeyDown, userInput);
            e.display.removeFilter(SWT.MouseDown, userInput);
            e.display.removeFilter(SWT.Traverse, userInput);
        });
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.verticalSpacing = 12;
        body.setLayout(layout);
        binder = new FieldBinder(document(), managedForm.getToolkit(), managedForm.getMessageManager());
        binder.statusLine(body, contribution.id() + ".status"); //$NON-NLS-1$
        binder.addRefusedTextListener(this::refusedTextsChanged);
        // contributed code: behind SafeRunner, so that a page that throws (or fails to link) costs only its tab
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws CoreException {
                page = contribution.createPage();
                page.createContents(body, ScopeFormPage.this);
            }

            @Override
            public void handleException(Throwable e) {
                page = null;
                ILog.of(ScopeFormPage.class).error("The page " + contribution.id() + " contributed by " //$NON-NLS-1$ //$NON-NLS-2$
                        + contribution.contributor() + " failed to build", e); //$NON-NLS-1$
                managedForm.getToolkit().createLabel(body, NLS.bind(Messages.ScopeFormPage_thisPageCouldNotBe,
                        e.getMessage()), SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
        });
        document().addListener(problems);
    }

    /**
     * Focuses a control of this page now and when the page gets the focus next: a field revealed after a dialog
     * closes keeps the focus when the workbench activates the editor again.
     */
    void focus(Control control) {
        lastFocused = control;
        revealed = control;
        control.setFocus();
        Shell shell = control.getShell();
        if (shell.getDisplay().getActiveShell() != shell) {
            // the window is not active yet (a question just closed): when it is, the field takes the focus again
            shell.addListener(SWT.Activate, new Listener() {
                @Override
                public void handleEvent(Event event) {
                    shell.removeListener(SWT.Activate, this);
                    shell.getDisplay().asyncExec(() -> {
                        if (!control.isDisposed()) {
                            control.setFocus();
                        }
                    });
                }
            });
        }
    }

    /**
     * Remembers a control of this page that gets the focus; while a revealed field is kept (no user input since
     * the reveal), gives the focus back to it instead.
     */
    private void focusIn(Event event) {
        if (event.widget instanceof Control control && getManagedForm() != null) {
            Composite body = getManagedForm().getForm().getBody();
            for (Control c = control; c != null; c = c.getParent()) {
                if (c == body) {
                    focusedOnPage(control);
                    return;
                }
            }
        }
    }

    private void focusedOnPage(Control control) {
        Control kept = revealed;
        if (kept == null || kept.isDisposed() || !kept.isVisible()) {
            revealed = null;
        }
        if (revealed == null || kept == control) {
            lastFocused = control;
            return;
        }
        // not the user's doing (no key or click since the reveal): the revealed field takes the focus back
        control.getDisplay().asyncExec(() -> {
            if (revealed == kept && !kept.isDisposed()) {
                kept.setFocus();
            }
        });
    }

    @Override
    public void setFocus() {
        Control control = lastFocused;
        if (control != null && !control.isDisposed() && control.isVisible()) {
            control.setFocus();
        } else {
            super.setFocus();
        }
    }

    /** Focuses the control of a field path if this page has it. */
    boolean reveal(String path) {
        return binder != null && binder.reveal(path);
    }

    boolean owns(String path) {
        return binder != null && binder.owns(path);
    }

    @Override
    public ActivePolicy document() {
        return StudioPlugin.getDefault().activePolicy();
    }

    @Override
    public FormToolkit toolkit() {
        return getManagedForm().getToolkit();
    }

    @Override
    public FieldBinder binder() {
        return binder;
    }

    @Override
    public Composite section(Composite parent, String title, String description) {
        Section section = toolkit().createSection(parent,
                ExpandableComposite.TITLE_BAR | Section.DESCRIPTION | ExpandableComposite.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        Composite client = toolkit().createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        toolkit().paintBordersFor(client);
        return client;
    }

    /** Refused text makes the editor dirty (the screen shows what the policy does not hold), and fixing it clean. */
    private void refusedTextsChanged() {
        if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
            getEditor().editorDirtyStateChanged();
        }
    }

    private void showProblems(ActivePolicy active) {
        if (binder != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
            binder.showProblems(active.problems());
        }
    }

    @Override
    public void dispose() {
        document().removeListener(problems);
        if (page != null) {
            ScopePage contributed = page;
            SafeRunner.run(contributed::dispose);
        }
        if (binder != null) {
            binder.dispose();
        }
        super.dispose();
    }
}
