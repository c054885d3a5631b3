package org.agentproxy.simulation.ui.internal;

import java.util.List;

import org.agentproxy.ui.editor.Mnemonics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The top of the scenario column: the Sample drop-down of the shipped scenarios as wide as the column, and below it
 * Load Scenario…, Reset and Save Scenario… (the scenario as the form shows it), on as many rows as the column's width
 * needs.
 */
final class ScenarioChoice {

    private final Combo combo;
    private final Mnemonics mnemonics;

    ScenarioChoice(Composite parent, Mnemonics mnemonics, List<SampleScenarios.Sample> samples, Runnable choose,
            Runnable load, Runnable save, Runnable reset) {
        this.mnemonics = mnemonics;
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label sample = new Label(box, SWT.NONE);
        sample.setText(mnemonics.assign(Messages.ScenarioChoice_sample, sample));
        combo = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData("org.agentproxy.bot.id", "connectionPaths.samples"); //$NON-NLS-1$ //$NON-NLS-2$
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 150;   // as wide as the column, at least this: the tooltip shows a whole name
        data.minimumWidth = 80;
        combo.setLayoutData(data);
        combo.setItems(samples.stream().map(SampleScenarios.Sample::label).toArray(String[]::new));
        combo.select(0);
        combo.setToolTipText(combo.getText());
        combo.addListener(SWT.Selection, e -> {
            combo.setToolTipText(combo.getText());
            choose.run();
        });
        // the buttons wrap onto as many rows as the column's width needs, never past its edge
        Composite buttons = new Composite(box, SWT.NONE);
        RowLayout flow = new RowLayout(SWT.HORIZONTAL);
        flow.wrap = true;
        flow.marginLeft = 0;
        flow.marginRight = 0;
        buttons.setLayout(flow);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(buttons, Messages.ScenarioChoice_loadScenario, "connectionPaths.load", load); //$NON-NLS-1$
        button(buttons, Messages.ScenarioChoice_reset, "connectionPaths.reset", reset); //$NON-NLS-1$
        button(buttons, Messages.ScenarioChoice_saveScenario, "connectionPaths.save", save); //$NON-NLS-1$
        // in a narrow column the drop-down narrows and the buttons wrap, down to the widest button or the label
        int widest = Math.max(sample.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x, data.minimumWidth);
        for (Control b : buttons.getChildren()) {
            widest = Math.max(widest, b.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x + flow.marginLeft
                    + flow.marginRight + 2 * flow.marginWidth);
        }
        ((GridData) buttons.getLayoutData()).minimumWidth = widest;
        ((GridData) box.getLayoutData()).minimumWidth = widest + 2 * layout.marginWidth;
    }

    private void button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(mnemonics.assign(text, b));
        b.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        b.addListener(SWT.Selection, e -> action.run());
    }

    Combo combo() {
        return combo;
    }
}
