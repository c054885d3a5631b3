package org.agentproxy.testing.bot;

import org.eclipse.swt.widgets.Shell;

/** A shell (window or dialog): title, activation, closing, and a {@link Bot} scoped to it. */
public class ShellBot extends WidgetBot<Shell> {

    ShellBot(Bot bot, Shell shell) {
        super(bot, shell);
    }

    /** @return the title */
    public String title() {
        return read(Shell::getText);
    }

    /** @return a bot that searches this shell only, with this bot's timeout */
    public Bot bot() {
        return new Bot(display(), widget, bot.timeout());
    }

    /** Brings the shell to the front and asks the window system to activate it. */
    public ShellBot activate() {
        act("activate " + this, s -> {
            s.setVisible(true);
            s.forceActive();
        });
        return this;
    }

    /**
     * Closes the shell as the window's close button does ({@link Shell#close()}: listeners may veto). Does not
     * wait: use {@link Conditions#shellCloses(ShellBot)}.
     */
    public void close() {
        act("close " + this, s -> {
            if (!s.isDisposed()) {
                s.close();
            }
        });
    }

    /** @return whether the shell is neither disposed nor hidden */
    public boolean isOpen() {
        return read(s -> !s.isDisposed() && s.isVisible());
    }

    /** @return whether it is the shell {@link Bot#activeShell()} would return */
    public boolean isActive() {
        return read(s -> !s.isDisposed() && WidgetFinder.activeShell(s.getDisplay()) == s);
    }
}
