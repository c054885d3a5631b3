package org.agentproxy.testing.bot;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

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

    /**
     * @param title exact shell title
     * @return holds when a visible shell has that title (active or not)
     */
    public static Condition shellIsOpen(String title) {
        Objects.requireNonNull(title, "title");
        return widgetPresent(Matchers.and(Matchers.ofType(Shell.class), Matchers.withText(title)));
    }

    /** @return holds when the shell is disposed or hidden */
    public static Condition shellCloses(ShellBot shell) {
        return Condition.of(shell + " to close", () -> !shell.isOpen());
    }

    /** @return holds when the widget is enabled */
    public static Condition widgetIsEnabled(WidgetBot<?> widget) {
        return Condition.of(widget + " to become enabled", widget::isEnabled);
    }

    /** @return holds when the widget is disabled (or gone) */
    public static Condition widgetIsDisabled(WidgetBot<?> widget) {
        return Condition.of(widget + " to become disabled", () -> !widget.isVisible() || !widget.isEnabled());
    }

    /**
     * @return holds as soon as the widget is disposed or no longer visible (a dialog closed, a section hidden, a row
     *         refreshed away): at the first poll if it is gone already
     */
    public static Condition widgetIsGone(WidgetBot<?> widget) {
        String name = widget.toString();
        return Condition.of(name + " to go away", () -> !widget.isVisible());
    }

    /**
     * For a widget the test has no bot of, or that must not appear: {@code bot.waitUntil(widgetNotPresent(
     * Matchers.withText("Connecting…")))} returns at the first poll where no visible widget in the bot's scope
     * matches — at once if none does. To check absence without waiting at all, {@link Bot#isPresent}.
     *
     * @param matcher see {@link Matchers}
     * @return holds when no visible widget in the waiting bot's scope matches
     */
    public static Condition widgetNotPresent(Predicate<? super Widget> matcher) {
        return not(widgetPresent(matcher));
    }

    /** @return holds when a visible widget in the waiting bot's scope matches */
    public static Condition widgetPresent(Predicate<? super Widget> matcher) {
        Objects.requireNonNull(matcher, "matcher");
        return new BotCondition("a widget " + matcher + " to be present") {
            @Override
            public boolean test() {
                return bot().isPresent(matcher);
            }
        };
    }

    /**
     * The opposite: {@code bot.waitUntil(not(c))} is {@code bot.waitWhile(c)}.
     *
     * @return holds when {@code condition} does not
     */
    public static Condition not(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new Condition() {
            @Override
            public void init(Bot bot) {
                condition.init(bot);
            }

            @Override
            public boolean test() {
                return !condition.test();
            }

            @Override
            public String description() {
                String inner = condition.description();
                return inner.endsWith(" to be present") ? inner.replace(" to be present", " to be gone")
                        : "not (" + inner + ")";
            }
        };
    }

    /** @return holds when the tree has at least one top-level item */
    public static Condition treeHasItems(TreeBot tree) {
        return Condition.of(tree + " to have items", tree::hasItems);
    }

    /**
     * @param path texts from a top-level item down; items on the way are expanded, as {@link TreeBot#getTreeItem} does
     * @return holds when the tree has an item at that path
     */
    public static Condition treeItemPresent(TreeBot tree, String... path) {
        return new Condition() {
            @Override
            public boolean test() {
                return tree.hasItem(path);
            }

            @Override
            public String description() {
                return "item " + Arrays.toString(path) + " in " + tree + " (top-level items: " + tree.items() + ")";
            }
        };
    }

    /** @return holds when the table has exactly {@code rows} rows (SWTBot's {@code tableHasRows}) */
    public static Condition tableHasRows(TableBot table, int rows) {
        return new Condition() {
            @Override
            public boolean test() {
                return table.rowCount() == rows;
            }

            @Override
            public String description() {
                return table + " to have " + rows + " rows (it has " + table.rowCount() + ")";
            }
        };
    }

    /** @return holds when a row of the table reads {@code text} in {@code column} */
    public static Condition tableItemPresent(TableBot table, int column, String text) {
        return new Condition() {
            @Override
            public boolean test() {
                return table.rowWithCell(column, text) >= 0;
            }

            @Override
            public String description() {
                return "a row of " + table + " reading '" + text + "' in column " + column + " (column: "
                        + table.column(column) + ")";
            }
        };
    }

    /** A condition that reads through the waiting bot (set by {@link #init}). */
    private abstract static class BotCondition implements Condition {
        private final String description;
        private Bot bot;

        BotCondition(String description) {
            this.description = description;
        }

        @Override
        public void init(Bot waitingBot) {
            bot = waitingBot;
        }

        Bot bot() {
            if (bot == null) {
                throw new IllegalStateException("use with Bot.waitUntil (init was not called)");
            }
            return bot;
        }

        @Override
        public String description() {
            return description;
        }
    }
}
