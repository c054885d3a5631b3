package org.agentproxy.ui.editor;

import org.eclipse.osgi.util.NLS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.editor.FieldLabels;
import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Creates labelled controls bound to policy fields with JFace data binding. Every control carries its field path
 * as its id ({@value #ID_KEY}), shows the policy's problems for that path as a decoration and in the form header,
 * and can be revealed from the Policy Problems view. A value that cannot be converted (letters in a port) is
 * rejected on the field with its reason and never reaches the policy.
 */
public final class FieldBinder {

    /** Widget data key of a control's id; the UI test driver finds controls by it. */
    public static final String ID_KEY = "org.agentproxy.bot.id"; //$NON-NLS-1$

    private final ActivePolicy document;
    private final FormToolkit toolkit;
    private final IMessageManager messages;
    private final DataBindingContext bindings = new DataBindingContext();
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<Control, java.util.function.Consumer<String>> revealers = new HashMap<>();
    private final RefusedTexts refused = new RefusedTexts();
    private final Mnemonics mnemonics = new Mnemonics();
    private FieldLabels labels;
    private List<Problem> problems = List.of();
    private boolean problemsShown;
    private Label status;
    /** Why the last edit of a table cell was not applied, until the policy changes next; or null. */
    private String cellRefusal;

    public FieldBinder(ActivePolicy document, FormToolkit toolkit, IMessageManager messages) {
        this.document = document;
        this.toolkit = toolkit;
        this.messages = messages;
    }

    /** A text field for a string (blank means not set). */
    public Text text(Composite parent, String label, PolicyField<String> field) {
        Text text = labelled(parent, label, field.path(), SWT.NONE);
        bind(text, label, field, String.class, IConverter.create(String.class, String.class, s -> s),
                IConverter.create(String.class, String.class, s -> s == null ? "" : s), null); //$NON-NLS-1$
        return text;
    }

    /**
     * A text field of several lines for free text (blank means not set), e.g. the policy's description: it wraps at
     * its width and scrolls when the text is longer than {@code lines}; Enter starts a new line, and Tab and
     * Shift+Tab go to the next and the previous field as from any other field (Ctrl+Tab as well, as in a text editor).
     *
     * @param lines the number of lines shown without scrolling
     * @since 0.4.0
     */
    public Text multiLineText(Composite parent, String label, PolicyField<String> field, int lines) {
        Text text = labelled(parent, label, field.path(), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = (GridData) text.getLayoutData();
        data.verticalAlignment = SWT.FILL;
        data.widthHint = 100; // wraps at the width the column gives it, instead of widening the page to its text
        data.heightHint = lines * text.getLineHeight();
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true; // a multi-line text keeps Tab for itself by default: leave the field instead
            }
        });
        bind(text, label, field, String.class, IConverter.create(String.class, String.class, s -> s),
                IConverter.create(String.class, String.class, s -> s == null ? "" : s), null); //$NON-NLS-1$
        return text;
    }

    /** A text field for a port: digits only; empty means not set (0). Range errors come from validation. */
    public Text port(Composite parent, String label, PolicyField<Integer> field) {
        Text text = labelled(parent, label, field.path(), SWT.NONE);
        narrow(text);
        bind(text, label, field, Integer.class,
                IConverter.create(String.class, Integer.class, s -> s.isBlank() ? 0 : Integer.valueOf(s.strip())),
                IConverter.create(Integer.class, String.class, v -> v == null || v == 0 ? "" : v.toString()), //$NON-NLS-1$
                s -> s.isBlank() || s.strip().matches("\\d{1,9}") ? Status.OK_STATUS //$NON-NLS-1$
                        : Status.error(label.replace(":", "") + " must be a whole number, not \"" + s + "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return text;
    }

    /**
     * A text field for a whole number kept as a string (a feature's integer setting): blank means not set
     * ({@code null}); anything but digits is refused on the field. Range errors come from validation.
     *
     * @since 0.2.0
     */
    public Text integer(Composite parent, String label, PolicyField<String> field) {
        Text text = labelled(parent, label, field.path(), SWT.NONE);
        narrow(text);
        bind(text, label, field, String.class,
                IConverter.create(String.class, String.class, s -> s.isBlank() ? null : s.strip()),
                IConverter.create(String.class, String.class, s -> s == null ? "" : s), //$NON-NLS-1$
                s -> s.isBlank() || s.strip().matches("-?\\d{1,9}") ? Status.OK_STATUS //$NON-NLS-1$
                        : Status.error(label.replace(":", "") + " must be a whole number, not \"" + s + "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return text;
    }

    /**
     * A password field. It never shows a stored password: its hint says whether one is stored. What is typed is
     * kept as an unsaved secret of the active policy and goes to the secret store on save; the policy only refers
     * to it (the field's key, e.g. {@code internalAgents.server.password}).
     */
    public Text password(Composite parent, String label, PolicyField<SecretRef> field) {
        Text text = labelled(parent, label, field.path(), SWT.PASSWORD);
        SecretRef key = SecretRef.forField(field.path());
        Runnable hint = () -> text.setMessage(document.hasSecret(field.getter().apply(document.policy()))
                ? Messages.FieldBinder_storedTypeToReplace : Messages.FieldBinder_notSet);
        hint.run();
        text.addListener(SWT.Modify, e -> {
            if (!text.getText().isEmpty()) {
                char[] typed = text.getText().toCharArray();
                document.setSecret(key, typed, p -> field.setter().apply(p, key), field.label());
                java.util.Arrays.fill(typed, '\0');
            }
        });
        java.util.function.Consumer<ActivePolicy> clearOnSave = d -> {
            if (!text.isDisposed() && !d.isDirty() && !text.getText().isEmpty()) {
                text.setText(""); //$NON-NLS-1$
                hint.run();
            }
        };
        document.addListener(clearOnSave);
        text.addDisposeListener(e -> document.removeListener(clearOnSave));
        return text;
    }

    /** A check box for a boolean. */
    public Button check(Composite parent, String label, PolicyField<Boolean> field) {
        toolkit.createLabel(parent, ""); //$NON-NLS-1$
        Button button = toolkit.createButton(parent, "", SWT.CHECK); //$NON-NLS-1$
        button.setText(mnemonics.assign(label, button));
        register(field.path(), button);
        bindings.bindValue(WidgetProperties.buttonSelection().observe(button), observe(button, field, Boolean.class));
        return button;
    }

    /** A read-only combo of choices for an enum-like value. */
    public <E> ComboViewer choice(Composite parent, String label, List<E> values, Function<E, String> names,
            PolicyField<E> field) {
        Label name = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        name.setText(mnemonics.assign(label, name));
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(e -> names.apply(cast(e))));
        viewer.setInput(values);
        viewer.getCombo().setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        register(field.path(), viewer.getCombo());
        bindings.bindValue(ViewerProperties.singleSelection().observe(viewer),
                observe(viewer.getCombo(), field, Object.class));
        return viewer;
    }

    /**
     * The text of a button or label of this page with a mnemonic ({@code &Add}), unique on the page where its words
     * allow; a text that has one keeps it. The letter is free again when {@code owner} is disposed.
     */
    public String mnemonic(String text, org.eclipse.swt.widgets.Widget owner) {
        return mnemonics.assign(text, owner);
    }

    /**
     * The label of a control that takes both columns below it (a list): a row of its own, with a mnemonic that
     * focuses the control after it.
     */
    public Label listLabel(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        label.setText(mnemonics.assign(text, label));
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return label;
    }

    /**
     * A line that says what is wrong with the page's fields: first values that were refused (letters in a port),
     * else the policy's problems of this page's fields, else that all is well.
     *
     * @param id the line's id, e.g. {@code <page id>.status}
     */
    public Label statusLine(Composite parent, String id) {
        Label label = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        label.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        label.setData(ID_KEY, id);
        this.status = label;
        return label;
    }

    private void updateStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        IStatus refused = refusedStatus();
        String text;
        if (!refused.isOK()) {
            text = NLS.bind(Messages.FieldBinder_notApplied0, refused.getMessage());
        } else if (cellRefusal != null) {
            text = NLS.bind(Messages.FieldBinder_notApplied0, cellRefusal);
        } else {
            List<Problem> mine = problems.stream().filter(p -> controlFor(p.path()) != null).toList();
            text = mine.isEmpty() ? Messages.FieldBinder_noProblemsOnThisPage
                    : NLS.bind(mine.size() == 1 ? Messages.FieldBinder_oneProblemOnThisPage
                            : Messages.FieldBinder_problemsOnThisPage, mine.size(), labels().describe(mine.get(0)));
        }
        if (!text.equals(status.getText())) { // a relayout of the form on every keystroke made typing lag
            status.setText(text);
            status.getParent().layout(true, true);
        }
    }

    private IStatus refusedStatus() {
        IStatus worst = Status.OK_STATUS;
        for (Object o : bindings.getBindings()) {
            IStatus s = ((Binding) o).getValidationStatus().getValue();
            if (s.getSeverity() > worst.getSeverity()) {
                worst = s;
            }
        }
        return worst;
    }

    /**
     * Says on the status line why a table cell's text was not applied (the cell shows the policy's value again), until
     * {@link #clearCellRefusal()}.
     */
    void refuseCell(String message) {
        cellRefusal = message;
        updateStatus();
    }

    /** The policy changed: a cell refusal said before no longer stands. */
    void clearCellRefusal() {
        if (cellRefusal != null) {
            cellRefusal = null;
            updateStatus();
        }
    }

    /**
     * The label just before a text field or drop-down, which shows the field's tooltip (on the label, not the field:
     * a tooltip popping up over a field being typed into would cover what is typed).
     */
    private static java.util.Optional<Label> labelBefore(Control control) {
        if (!(control instanceof Text) && !(control instanceof org.eclipse.swt.widgets.Combo)) {
            return java.util.Optional.empty();
        }
        Control[] siblings = control.getParent().getChildren();
        int index = java.util.Arrays.asList(siblings).indexOf(control);
        return index > 0 && siblings[index - 1] instanceof Label label && label.getToolTipText() == null
                ? java.util.Optional.of(label) : java.util.Optional.empty();
    }

    /**
     * Registers a control as the place of a field path (for decorations and the Problems view), until the control is
     * disposed.
     */
    public void register(String path, Control control) {
        labelBefore(control).ifPresent(label -> label.setToolTipText(FieldHelp.of(path)));
        control.setData(ID_KEY, path);
        // typing into a field is one undoable edit until the field loses the focus
        control.addListener(SWT.FocusOut, e -> document.endEdit());
        controls.put(path, control);
        control.addDisposeListener(e -> controls.remove(path, control));
    }

    /**
     * The fields that show text the policy does not hold (refused on entry, e.g. letters in a port): while there are
     * any, the editor is dirty, and Save, Deploy and closing the editor ask what to do with them.
     *
     * @since 0.3.0
     */
    public List<RefusedText> refusedTexts() {
        return refused.current();
    }

    /**
     * Shows the policy's values again in the fields that show refused text ("Discard my text").
     *
     * @since 0.3.0
     */
    public void discardRefusedTexts() {
        refused.discard();
        updateStatus();
    }

    /**
     * Calls the listener whenever a field's text becomes refused or stops being refused (UI thread).
     *
     * @since 0.3.0
     */
    public void addRefusedTextListener(Runnable listener) {
        refused.addListener(listener);
    }

    /**
     * Shows the current problems again, e.g. on controls created after the page (a selected item's fields).
     *
     * @since 0.2.0
     */
    public void refresh() {
        problemsShown = false;
        showProblems(problems);
    }

    /** Focuses the control of a path, or of its nearest registered parent path; false if this page has none. */
    public boolean reveal(String path) {
        Control control = controlFor(path);
        if (control == null || control.isDisposed()) {
            return false;
        }
        control.setFocus();
        java.util.function.Consumer<String> revealer = revealers.get(control);
        if (revealer != null) {
            revealer.accept(path);
        }
        return true;
    }

    /**
     * What else revealing a path of a registered control does, after focusing it: e.g. a tree selects the node of a
     * path below its own ({@code userProxyPrivilege.root.children[1]}).
     *
     * @since 0.2.0
     */
    public void onReveal(Control control, java.util.function.Consumer<String> revealer) {
        revealers.put(control, revealer);
        control.addDisposeListener(e -> revealers.remove(control));
    }

    /** Whether this binder has a control for the path or one of its parents. */
    public boolean owns(String path) {
        return controlFor(path) != null;
    }

    /** Shows validation problems on their controls (or in the form header when no control has the path). */
    public void showProblems(List<Problem> problems) {
        boolean same = problemsShown && problems.equals(this.problems);
        this.problems = problems;
        updateStatus();
        if (same) { // most keystrokes change no problem: the decorations and the header stay as they are
            return;
        }
        problemsShown = true;
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        // the message names its field itself (page › section › field), and the path is its data
        messages.setMessagePrefixProvider(c -> ""); //$NON-NLS-1$
        for (Problem problem : problems) {
            int type = problem.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING;
            Control control = controlFor(problem.path());
            if (control != null && !control.isDisposed()) {
                messages.addMessage(problem.path(), labels().describe(problem), problem.path(), type, control);
            }
        }
        messages.setAutoUpdate(true);
    }

    public void dispose() {
        bindings.dispose();
    }

    private FieldLabels labels() {
        if (labels == null) {
            labels = FieldLabels.studio();
        }
        return labels;
    }

    private <T> void bind(Text text, String label, PolicyField<T> field, Class<T> type, IConverter<String, T> toModel,
            IConverter<T, String> toTarget, org.eclipse.core.databinding.validation.IValidator<String> check) {
        UpdateValueStrategy<String, T> targetToModel = UpdateValueStrategy.create(toModel);
        if (check != null) {
            targetToModel.setAfterGetValidator(check);
        }
        PolicyFieldObservable<T> model = observe(text, field, type);
        Binding binding = bindings.bindValue(WidgetProperties.text(SWT.Modify).observe(text), model, targetToModel,
                UpdateValueStrategy.create(toTarget));
        ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
        binding.getValidationStatus().addValueChangeListener(e -> updateStatus());
        if (check != null) {
            refused.track(binding, label, field.path(), text, () -> toTarget.convert(model.getValue()));
        }
    }

    /** The field as an observable value that lives as long as its control (controls may come and go). */
    private <T> PolicyFieldObservable<T> observe(Control control, PolicyField<T> field, Object type) {
        PolicyFieldObservable<T> model = new PolicyFieldObservable<>(Realm.getDefault(), document, field, type);
        control.addDisposeListener(e -> model.dispose());
        return model;
    }

    private static void narrow(Text text) {
        GridData data = (GridData) text.getLayoutData();
        data.widthHint = 80;
        data.grabExcessHorizontalSpace = false;
        data.horizontalAlignment = SWT.BEGINNING;
    }

    private Text labelled(Composite parent, String label, String path, int style) {
        Label name = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        name.setText(mnemonics.assign(label, name));
        boolean multi = (style & SWT.MULTI) != 0;
        if (multi) { // the label beside the first line
            name.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        }
        Text text = toolkit.createText(parent, "", multi ? style : SWT.SINGLE | style); //$NON-NLS-1$
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        register(path, text);
        return text;
    }

    private Control controlFor(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Control c = controls.get(p);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut); //$NON-NLS-1$
    }

    @SuppressWarnings("unchecked")
    private static <E> E cast(Object o) {
        return (E) o;
    }

}
