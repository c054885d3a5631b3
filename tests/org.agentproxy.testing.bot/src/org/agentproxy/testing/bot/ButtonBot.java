package org.agentproxy.testing.bot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/** A push, toggle, check or radio {@link Button}. */
public class ButtonBot extends WidgetBot<Button> {

    ButtonBot(Bot bot, Button button) {
        super(bot, button);
    }

    /** @return the raw text, mnemonics included */
    public String getText() {
        return read(Button::getText);
    }

    /**
     * Waits until the button is enabled, then clicks it: check and toggle buttons invert their selection,
     * a radio button selects itself and deselects the others of its group (each notified), then the button
     * is notified of {@code SWT.Selection}. Returns without waiting for a modal dialog the click opens.
     */
    public ButtonBot click() {
        waitUntilEnabled();
        act("click " + this, b -> {
            int style = b.getStyle();
            if ((style & (SWT.CHECK | SWT.TOGGLE)) != 0) {
                b.setSelection(!b.getSelection());
            } else if ((style & SWT.RADIO) != 0 && !b.getSelection()) {
                deselectRadioGroup(b);
                b.setSelection(true);
            }
            notify(b, SWT.Selection, null);
        });
        return this;
    }

    /** @return the selection of a check, toggle or radio button */
    public boolean isChecked() {
        return read(Button::getSelection);
    }

    /** Clicks the check box unless it is already checked. */
    public ButtonBot check() {
        if (!isChecked()) {
            click();
        }
        return this;
    }

    /** Clicks the check box if it is checked. */
    public ButtonBot uncheck() {
        if (isChecked()) {
            click();
        }
        return this;
    }

    private static void deselectRadioGroup(Button button) {
        if ((button.getParent().getStyle() & SWT.NO_RADIO_GROUP) != 0) {
            return;
        }
        for (Control sibling : button.getParent().getChildren()) {
            if (sibling != button && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0
                    && other.getSelection()) {
                other.setSelection(false);
                notify(other, SWT.Selection, null);
            }
        }
    }
}
