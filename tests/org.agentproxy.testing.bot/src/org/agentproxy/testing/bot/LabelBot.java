package org.agentproxy.testing.bot;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A {@link Label} or {@link CLabel}. */
public class LabelBot extends WidgetBot<Control> {

    LabelBot(Bot bot, Control label) {
        super(bot, label);
        if (!(label instanceof Label || label instanceof CLabel)) {
            throw new IllegalArgumentException("Not a Label or CLabel: " + label);
        }
    }

    /** @return the raw text, mnemonics included */
    public String getText() {
        return read(Texts::raw);
    }
}
