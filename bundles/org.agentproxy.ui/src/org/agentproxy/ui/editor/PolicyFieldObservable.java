package org.agentproxy.ui.editor;

import java.util.Objects;
import java.util.function.Consumer;

import org.agentproxy.ui.ActivePolicy;
import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.AbstractObservableValue;

/**
 * One field of the active policy as an observable value for JFace data binding. Setting it applies an undoable
 * change; a change of the policy (an edit elsewhere, undo, revert, another file) notifies the binding.
 */
final class PolicyFieldObservable<T> extends AbstractObservableValue<T> {

    private final ActivePolicy document;
    private final PolicyField<T> field;
    private final Object type;
    private final Consumer<ActivePolicy> listener = this::policyChanged;
    private T value;

    PolicyFieldObservable(Realm realm, ActivePolicy document, PolicyField<T> field, Object type) {
        super(realm);
        this.document = document;
        this.field = field;
        this.type = type;
        this.value = read();
        document.addListener(listener);
    }

    @Override
    protected T doGetValue() {
        return value;
    }

    @Override
    protected void doSetValue(T newValue) {
        document.change(field.path(), field.label(), p -> field.setter().apply(p, newValue));
    }

    @Override
    public Object getValueType() {
        return type;
    }

    @Override
    public synchronized void dispose() {
        document.removeListener(listener);
        super.dispose();
    }

    private void policyChanged(ActivePolicy changed) {
        T old = value;
        T now = read();
        if (!Objects.equals(old, now)) {
            value = now;
            getRealm().exec(() -> fireValueChange(Diffs.createValueDiff(old, now)));
        }
    }

    private T read() {
        return document.policy() == null ? null : field.getter().apply(document.policy());
    }
}
