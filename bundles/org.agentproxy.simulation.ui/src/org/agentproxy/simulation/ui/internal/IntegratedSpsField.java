package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.scenario.IntegratedSps;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The scenario's {@code world.integratedSps}: the port of the OfficeScan server's integrated SPS, which rule R5
 * queries when the agent's source list names none (empty: the scenario describes none). The text is bound to a
 * value with JFace data binding; the protocol and the facts of the base scenario's integrated SPS are kept.
 */
final class IntegratedSpsField {

    static final String ID = "connectionPaths.integratedSps"; //$NON-NLS-1$

    private final DataBindingContext bindings = new DataBindingContext();
    private final WritableValue<String> port = new WritableValue<>("", String.class); //$NON-NLS-1$
    private final Text text;

    IntegratedSpsField(Composite parent, org.agentproxy.ui.editor.Mnemonics mnemonics, Runnable changed) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(mnemonics.assign(Messages.ScenarioForm_integratedSps, label));
        text = new Text(parent, SWT.BORDER);
        text.setData("org.agentproxy.bot.id", ID); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        data.minimumWidth = ScenarioForm.MIN_FIELD_WIDTH;
        text.setLayoutData(data);
        text.setMessage(Messages.ScenarioForm_integratedSpsEmptyForNone);
        text.setToolTipText(Messages.ScenarioForm_integratedSpsTooltip);
        label.setToolTipText(Messages.ScenarioForm_integratedSpsTooltip);
        bindings.bindValue(WidgetProperties.text(SWT.Modify).observe(text), port);
        port.addValueChangeListener(e -> changed.run());
        text.addDisposeListener(e -> bindings.dispose());
    }

    /** Shows a scenario's integrated SPS (its port), or none. */
    void set(IntegratedSps value) {
        port.setValue(value == null ? "" : Integer.toString(value.port())); //$NON-NLS-1$
    }

    /**
     * The integrated SPS as edited: {@code null} when the field is empty, else the base one's protocol and facts at
     * the typed port.
     *
     * @throws IllegalArgumentException the text is not a port of 1-65535 (the message names the field)
     */
    IntegratedSps value(IntegratedSps base) {
        String t = port.getValue() == null ? "" : port.getValue().strip(); //$NON-NLS-1$
        if (t.isEmpty()) {
            return null;
        }
        int number = t.matches("\\d{1,5}") ? Integer.parseInt(t) : -1; //$NON-NLS-1$
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException(NLS.bind(Messages.ScenarioForm_integratedSpsInvalid, t));
        }
        if (base != null && base.port() == number) {
            return base;
        }
        return new IntegratedSps(number, base == null ? null : base.protocol(), base == null ? null : base.facts());
    }
}
