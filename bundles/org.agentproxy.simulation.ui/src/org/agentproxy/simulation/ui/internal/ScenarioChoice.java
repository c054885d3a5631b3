package org.agentproxy.simulation.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The top of the scenario column: the Sample drop-down of the shipped scenarios, with Load Scenario…, Reset and
 * Save Scenario… (the scenario as the form shows it) beside it.
 */
final class ScenarioChoice {

    private final Combo combo;

    ScenarioChoice(Composite parent, List<SampleScenarios.Sample> samples, Runnable choose, Runnable load,
            Runnable save, Runnable reset) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(box, SWT.NONE).setText(Messages.ScenarioChoice_sample);
        combo = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData("org.agentproxy.bot.id", "connectionPaths.samples"); //$NON-NLS-1$ //$NON-NLS-2$
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 150;   // the drop-down and the tooltip show whole names
        combo.setLayoutData(data);
        combo.setItems(samples.stream().map(SampleScenarios.Sample::label).toArray(String[]::new));
        combo.select(0);
        combo.setToolTipText(combo.getText());
        combo.addListener(SWT.Selection, e -> {
            combo.setToolTipText(combo.getText());
            choose.run();
        });
        new Label(box, SWT.NONE);
        button(box, Messages.ScenarioChoice_loadScenario, "connectionPaths.load", load); //$NON-NLS-1$
        button(box, Messages.ScenarioChoice_reset, "connectionPaths.reset", reset); //$NON-NLS-1$
        new Label(box, SWT.NONE);
        button(box, Messages.ScenarioChoice_saveScenario, "connectionPaths.save", save); //$NON-NLS-1$
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        b.addListener(SWT.Selection, e -> action.run());
    }

    Combo combo() {
        return combo;
    }
}
