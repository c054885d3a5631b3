package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Real key strokes: posted to the X server ({@code Display.post}, XTest) and delivered by it to the control that
 * has the focus, as a user's keyboard would — no synthesized SWT events.
 */
final class Keyboard {

    private Keyboard() {
    }

    /** Presses and releases Enter. */
    static void enter(Bot bot) {
        bot.syncExec(() -> {
            for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
                Event key = new Event();
                key.type = type;
                key.keyCode = SWT.CR;
                key.character = SWT.CR;
                bot.display().post(key);
            }
            return null;
        });
    }
}
