package org.agentproxy.testing.bot;

import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;

/** Common {@link Condition}s for {@link Bot#waitUntil(Condition)}. */
public final class Conditions {

    private Conditions() {
    }

    /**
     * @param title exact shell title
     * @return holds when the shell {@link Bot#activeShell()} returns has that title
     */
    public static Condition shellIsActive(String title) {
        Objects.requireNonNull(title, "title");
        return new Condition() {
            private Bot bot;

            @Override
            public void init(Bot waitingBot) {
                bot = waitingBot;
            }

            @Override
            public boolean test() {
                if (bot == null) {
                    throw new IllegalStateException("use with Bot.waitUntil (init was not called)");
                }
                return bot.syncExec(() -> {
                    Shell active = WidgetFinder.activeShell(bot.display());
                    return active != null && title.equals(active.getText());
                });
            }

            @Override
            public String description() {
                String state;
                try {
                    state = bot.syncExec(() -> {
                        Shell active = WidgetFinder.activeShell(bot.display());
                        return "active shell: " + (active == null ? "none" : "'" + active.getText() + "'")
                                + ", visible shells: " + WidgetFinder.visibleShells(bot.display()).stream()
                                        .map(s -> "'" + s.getText() + "'").collect(Collectors.joining(", "));
                    });
                } catch (BotException e) {
                    state = e.getMessage();
                }
                return "shell '" + title + "' to be active (" + state + ")";
            }
        };
    }

    /** @return holds when the shell is disposed or hidden */
    public static Condition shellCloses(ShellBot shell) {
        return Condition.of(shell + " to close", () -> !shell.isOpen());
    }

    /** @return holds when the widget is enabled */
    public static Condition widgetIsEnabled(WidgetBot<?> widget) {
        return Condition.of(widget + " to become enabled", widget::isEnabled);
    }

    /** @return holds when the tree has at least one top-level item */
    public static Condition treeHasItems(TreeBot tree) {
        return Condition.of(tree + " to have items", tree::hasItems);
    }
}
