package org.agentproxy.bench.layers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** A 3.x view that shows its name. */
public final class LabelView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText(getPartName());
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
