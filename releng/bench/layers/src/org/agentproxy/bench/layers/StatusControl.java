package org.agentproxy.bench.layers;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The E4 window's status trim: one label. */
public final class StatusControl {

    @PostConstruct
    public void create(Composite parent) {
        new Label(parent, SWT.NONE).setText("Status");
    }
}
