package org.agentproxy.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;

/** The text fields of a {@link FieldBinder} whose text was refused, and the way back to the policy's values. */
final class RefusedTexts {

    private record Tracked(Binding binding, String label, String path, Text text, Supplier<String> held) {
    }

    private final List<Tracked> tracked = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Follows a text binding whose target-to-model validation can refuse what is typed. */
    void track(Binding binding, String label, String path, Text text, Supplier<String> held) {
        Tracked entry = new Tracked(binding, label.replaceFirst(":\\s*$", ""), path, text, held); //$NON-NLS-1$ //$NON-NLS-2$
        tracked.add(entry);
        binding.getValidationStatus().addValueChangeListener(e -> fire());
        text.addDisposeListener(e -> {
            tracked.remove(entry);
            fire();
        });
    }

    /** The fields that show refused text now, in the order they were created. */
    List<RefusedText> current() {
        List<RefusedText> refused = new ArrayList<>();
        for (Tracked t : tracked) {
            IStatus status = refusal(t);
            if (status != null) {
                refused.add(new RefusedText(t.label(), sectionOf(t.text()), t.path(), t.text().getText(),
                        status.getMessage(), t.held().get(), t.text()));
            }
        }
        return refused;
    }

    /** Shows the policy's values again in the fields that show refused text. */
    void discard() {
        for (Tracked t : List.copyOf(tracked)) {
            if (refusal(t) != null) {
                t.binding().updateModelToTarget();
                t.binding().validateTargetToModel();
            }
        }
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private static IStatus refusal(Tracked t) {
        if (t.binding().isDisposed() || t.text().isDisposed()) {
            return null;
        }
        IStatus status = t.binding().getValidationStatus().getValue();
        return status.getSeverity() >= IStatus.ERROR ? status : null;
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private static String sectionOf(Control control) {
        for (Control c = control.getParent(); c != null; c = c.getParent()) {
            if (c instanceof Section section) {
                return section.getText();
            }
        }
        return ""; //$NON-NLS-1$
    }
}
