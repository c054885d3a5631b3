package org.agentproxy.bench.layers;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** An E4 part that shows its label. */
public final class LabelPart {

    @PostConstruct
    public void create(Composite parent, MPart part) {
        new Label(parent, SWT.NONE).setText(part.getLabel());
    }
}
