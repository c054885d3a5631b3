package org.agentproxy.testing.bot;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
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

    /**
     * Sets the size of the shell (restoring it first if it is maximized) and lays it out.
     *
     * @param width  width in pixels, trim included
     * @param height height in pixels, trim included
     * @return this
     */
    public ShellBot resize(int width, int height) {
        act("resize " + this + " to " + width + "×" + height, s -> {
            s.setMaximized(false);
            s.setSize(width, height);
            s.layout(true, true);
        });
        return this;
    }

    /** @return the size of the shell, trim included */
    public Point size() {
        return read(Shell::getSize);
    }

    /**
     * Lays the shell out, lets it paint, and lists the labelled controls that cannot be seen whole (see
     * {@link ClippedControls} for the rule).
     *
     * @return one line per clipped control; empty if none
     */
    public List<String> clippedControls() {
        return read(s -> {
            s.layout(true, true);
            s.getDisplay().update();
            return ClippedControls.under(s);
        });
    }

    /**
     * Saves what the shell shows (its bounds on the screen) as a PNG file, creating its directory.
     *
     * @param png the file to write
     * @return {@code png}
     */
    public Path captureScreenshot(Path png) {
        Screenshots.capture(display(), bot.timeout(), png, () -> widget.getBounds());
        return png;
    }
}
