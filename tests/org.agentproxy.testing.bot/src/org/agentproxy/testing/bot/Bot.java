package org.agentproxy.testing.bot;

import static org.agentproxy.testing.bot.Matchers.and;
import static org.agentproxy.testing.bot.Matchers.ofType;
import static org.agentproxy.testing.bot.Matchers.withId;
import static org.agentproxy.testing.bot.Matchers.withLabel;
import static org.agentproxy.testing.bot.Matchers.withStyle;
import static org.agentproxy.testing.bot.Matchers.withText;
import static org.agentproxy.testing.bot.Matchers.withTooltip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * Entry point of the UI test driver, shaped like SWTBot's {@code SWTBot}: finds widgets in the visible shells
 * of a display (or, from {@link ShellBot#bot()}, in one shell) and returns widget bots. Every finder waits
 * until a match exists, up to {@link #timeout()}, then throws {@link WidgetNotFoundException}. Call it from a
 * thread other than the UI thread (see the package documentation).
 */
public class Bot {

    /**
     * The widget data key of widget ids: product code tags a widget with
     * {@code widget.setData("org.agentproxy.bot.id", "explorer.tree")}. The string is the contract: product
     * code does not depend on this bundle and repeats the string (or its own constant).
     */
    public static final String ID_KEY = "org.agentproxy.bot.id";

    /** System property overriding the default timeout, in milliseconds. */
    public static final String TIMEOUT_PROPERTY = "agentproxy.bot.timeout";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** How long a failure report waits for the UI thread to list the widgets. */
    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(5);

    private final Display display;
    private final Composite scope;
    private final Duration timeout;

    /**
     * A bot searching all visible shells of the display, the active shell first.
     *
     * @param display the display whose UI thread runs the application under test
     */
    public Bot(Display display) {
        this(display, null, null);
    }

    Bot(Display display, Composite scope, Duration timeout) {
        this.display = Objects.requireNonNull(display, "display");
        this.scope = scope;
        this.timeout = timeout;
    }

    /**
     * @param newTimeout how long finders and waits of the returned bot (and of the widget bots it returns) wait
     * @return a bot with the same scope and another timeout
     */
    public Bot withTimeout(Duration newTimeout) {
        return new Bot(display, scope, Objects.requireNonNull(newTimeout, "newTimeout"));
    }

    /** @return how long this bot waits: set by {@link #withTimeout}, else {@link #defaultTimeout()} */
    public Duration timeout() {
        return timeout != null ? timeout : defaultTimeout();
    }

    /** @return system property {@value #TIMEOUT_PROPERTY} (ms) if set and valid, else 10 seconds */
    public static Duration defaultTimeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY);
        if (value != null) {
            try {
                long millis = Long.parseLong(value.trim());
                if (millis > 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_TIMEOUT;
    }

    /**
     * A bot that searches only the visible widgets under {@code root} (a view's or an editor's control, a section of
     * a page), with this bot's timeout. The workbench bot scopes its part bots this way.
     *
     * @param root the composite to search under; a bot never touches it off the UI thread
     * @return the scoped bot
     */
    public Bot within(Composite root) {
        return new Bot(display, Objects.requireNonNull(root, "root"), timeout);
    }

    /** @return the display of the application under test */
    public Display display() {
        return display;
    }

    // ---------------------------------------------------------------- shells

    /**
     * @param title the exact shell title
     * @return the visible shell with that title (any shell of the display), once it is visible
     */
    public ShellBot shell(String title) {
        Objects.requireNonNull(title, "title");
        Optional<Shell> shell = Wait.poll(timeout(), () -> syncExec(() -> WidgetFinder.visibleShells(display)
                .stream().filter(s -> title.equals(s.getText())).findFirst()));
        return new ShellBot(this, shell.orElseThrow(() -> notFound("a visible shell titled '" + title + "'")));
    }

    /**
     * @return the active shell; when the window system reports none (e.g. Xvfb without a window manager), the
     *         most recently created visible shell
     */
    public ShellBot activeShell() {
        Optional<Shell> shell = Wait.poll(timeout(),
                () -> syncExec(() -> Optional.ofNullable(WidgetFinder.activeShell(display))));
        return new ShellBot(this, shell.orElseThrow(() -> notFound("an active shell")));
    }

    /** @return the shells visible now (no waiting), the active one first */
    public List<ShellBot> shells() {
        return syncExec(() -> WidgetFinder.visibleShells(display)).stream().map(s -> new ShellBot(this, s))
                .collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- buttons

    /** @return the push or toggle button with that text (mnemonics ignored) */
    public ButtonBot button(String text) {
        return new ButtonBot(this, find(Button.class,
                and(ofType(Button.class), withStyle(SWT.PUSH | SWT.TOGGLE, "PUSH|TOGGLE"), withText(text))));
    }

    /** @return the push or toggle button with that tooltip */
    public ButtonBot buttonWithTooltip(String tooltip) {
        return new ButtonBot(this, find(Button.class,
                and(ofType(Button.class), withStyle(SWT.PUSH | SWT.TOGGLE, "PUSH|TOGGLE"), withTooltip(tooltip))));
    }

    /** @return the button (of any style) tagged with that {@link #ID_KEY} */
    public ButtonBot buttonWithId(String id) {
        return new ButtonBot(this, find(Button.class, and(ofType(Button.class), withId(id))));
    }

    /** @return the {@code index}-th push or toggle button with that text (counted from 0, in walk order) */
    public ButtonBot button(String text, int index) {
        return new ButtonBot(this, find(Button.class,
                and(ofType(Button.class), withStyle(SWT.PUSH | SWT.TOGGLE, "PUSH|TOGGLE"), withText(text)), index));
    }

    /** @return the check box with that text */
    public ButtonBot checkBox(String text) {
        return new ButtonBot(this,
                find(Button.class, and(ofType(Button.class), withStyle(SWT.CHECK, "CHECK"), withText(text))));
    }

    /** @return the radio button with that text */
    public ButtonBot radio(String text) {
        return new ButtonBot(this,
                find(Button.class, and(ofType(Button.class), withStyle(SWT.RADIO, "RADIO"), withText(text))));
    }

    // ---------------------------------------------------------------- texts, combos, labels, links

    /**
     * @param label the exact text of the label just before the field, after removing mnemonics ({@code "Name:"}
     *              does not match {@code "Name"})
     * @return the {@link Text} or {@link StyledText} that immediately follows that label among its siblings
     */
    public TextBot textWithLabel(String label) {
        return new TextBot(this, find(Control.class, and(textTypes(), withLabel(label))));
    }

    /**
     * The index form, for forms where several fields share a label (two "User:" fields, one per proxy).
     *
     * @param label the label's text, as for {@link #textWithLabel(String)}
     * @param index which of the fields with that label, counted from 0 in the order of the widget walk (shell order,
     *              then depth first in child order: top to bottom of a form)
     * @return the {@code index}-th {@link Text} or {@link StyledText} following a label with that text, once it exists
     */
    public TextBot textWithLabel(String label, int index) {
        return new TextBot(this, find(Control.class, and(textTypes(), withLabel(label)), index));
    }

    /** @return the {@link Text} or {@link StyledText} tagged with that {@link #ID_KEY} */
    public TextBot textWithId(String id) {
        return new TextBot(this, find(Control.class, and(textTypes(), withId(id))));
    }

    /** @return the {@link Text} or {@link StyledText} with that tooltip */
    public TextBot textWithTooltip(String tooltip) {
        return new TextBot(this, find(Control.class, and(textTypes(), withTooltip(tooltip))));
    }

    /** @return the {@link Combo} that immediately follows a label with that text (see {@link #textWithLabel}) */
    public ComboBot comboWithLabel(String label) {
        return new ComboBot(this, find(Combo.class, and(ofType(Combo.class), withLabel(label))));
    }

    /** @return the {@code index}-th {@link Combo} following a label with that text (see {@link #textWithLabel(String, int)}) */
    public ComboBot comboWithLabel(String label, int index) {
        return new ComboBot(this, find(Combo.class, and(ofType(Combo.class), withLabel(label)), index));
    }

    /** @return the {@link Combo} tagged with that {@link #ID_KEY} */
    public ComboBot comboWithId(String id) {
        return new ComboBot(this, find(Combo.class, and(ofType(Combo.class), withId(id))));
    }

    /** @return the {@link Label} or {@link CLabel} with that text (mnemonics ignored) */
    public LabelBot label(String text) {
        return new LabelBot(this, find(Control.class, and(ofType(Label.class, CLabel.class), withText(text))));
    }

    /** @return the {@link Label} or {@link CLabel} tagged with that {@link #ID_KEY} */
    public LabelBot labelWithId(String id) {
        return new LabelBot(this, find(Control.class, and(ofType(Label.class, CLabel.class), withId(id))));
    }

    /** @return the {@link Link} whose text, with or without its {@code <a>} tags, is {@code text} */
    public LinkBot link(String text) {
        return new LinkBot(this, find(Link.class, and(ofType(Link.class), withText(text))));
    }

    /** @return the {@link Link} tagged with that {@link #ID_KEY} */
    public LinkBot linkWithId(String id) {
        return new LinkBot(this, find(Link.class, and(ofType(Link.class), withId(id))));
    }

    // ---------------------------------------------------------------- trees, tables, tabs

    /** @return the first visible tree (in shell order, depth first) */
    public TreeBot tree() {
        return new TreeBot(this, find(Tree.class, ofType(Tree.class)));
    }

    /** @return the tree tagged with that {@link #ID_KEY} */
    public TreeBot treeWithId(String id) {
        return new TreeBot(this, find(Tree.class, and(ofType(Tree.class), withId(id))));
    }

    /** @return the first visible table (in shell order, depth first) */
    public TableBot table() {
        return new TableBot(this, find(Table.class, ofType(Table.class)));
    }

    /** @return the table tagged with that {@link #ID_KEY} */
    public TableBot tableWithId(String id) {
        return new TableBot(this, find(Table.class, and(ofType(Table.class), withId(id))));
    }

    /** @return the {@link CTabItem} with that text, e.g. a workbench view or editor tab */
    public CTabItemBot cTabItem(String text) {
        return new CTabItemBot(this, find(CTabItem.class, and(ofType(CTabItem.class), withText(text))));
    }

    // ---------------------------------------------------------------- menus

    /**
     * @param text the menu label without mnemonic and accelerator, e.g. {@code "File"}
     * @return the item of the menu bar of the scope shell, or else of the active shell, or else of the first
     *         visible shell having a menu bar
     */
    public MenuBot menu(String text) {
        Objects.requireNonNull(text, "text");
        Optional<MenuItem> item = Wait.poll(timeout(), () -> syncExec(() -> {
            Menu bar = menuBar();
            return bar == null ? Optional.<MenuItem>empty() : MenuBot.find(bar, text);
        }));
        return new MenuBot(this, item.orElseThrow(() -> {
            String bar = syncExec(() -> {
                Menu menuBar = menuBar();
                return menuBar == null ? "no visible shell has a menu bar"
                        : "menu bar items: " + MenuBot.labels(menuBar);
            });
            return new WidgetNotFoundException("Could not find menu '" + text + "' within " + timeout().toMillis()
                    + " ms; " + bar, widgetDump());
        }));
    }

    private Menu menuBar() {
        Shell shell = scope != null ? (scope.isDisposed() ? null : scope.getShell()) : WidgetFinder.activeShell(display);
        if (shell != null && !shell.isDisposed() && shell.getMenuBar() != null) {
            return shell.getMenuBar();
        }
        if (scope == null) {
            for (Shell s : WidgetFinder.visibleShells(display)) {
                if (s.getMenuBar() != null) {
                    return s.getMenuBar();
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- keyboard

    /** @return real key presses through the window system (key bindings, traversal, mnemonics), see {@link Keyboard} */
    public Keyboard keyboard() {
        return new Keyboard(this);
    }

    // ---------------------------------------------------------------- generic

    /**
     * @param matcher evaluated on the UI thread, see {@link Matchers}
     * @return all matching visible widgets, once at least one matches; use them only on the UI thread (e.g. in
     *         {@link #syncExec(Supplier)})
     */
    public List<Widget> widgets(Predicate<? super Widget> matcher) {
        Objects.requireNonNull(matcher, "matcher");
        Optional<List<Widget>> found = Wait.poll(timeout(), () -> syncExec(() -> {
            List<Widget> all = WidgetFinder.find(roots(), matcher);
            return all.isEmpty() ? Optional.<List<Widget>>empty() : Optional.of(all);
        }));
        return found.orElseThrow(() -> notFound("a widget " + matcher));
    }

    /**
     * Runs {@code query} on the UI thread and returns its result; fails with {@link BotTimeoutException} if the UI
     * thread does not run it within the timeout.
     *
     * @param <T>   the result type: return plain values, not widgets
     * @param query the query
     * @return its result
     */
    public <T> T syncExec(Supplier<T> query) {
        return UiThread.call(display, timeout(), query);
    }

    /**
     * @return the {@link #ID_KEY bot id} of the control that has the keyboard focus; {@code null} when no control has
     *         it or the one that has it carries no id
     */
    public String focusedId() {
        return syncExec(() -> {
            Control focus = display.getFocusControl();
            return focus == null ? null : (String) focus.getData(ID_KEY);
        });
    }

    /** @return a condition that holds while the control with that {@link #ID_KEY bot id} has the keyboard focus */
    public Condition focusOn(String id) {
        return Condition.of("the focus on " + id, () -> id.equals(focusedId()));
    }

    /** Waits until the condition holds, up to {@link #timeout()}. */
    public void waitUntil(Condition condition) {
        waitUntil(condition, timeout());
    }

    /**
     * Polls the condition about every 50 ms; returns at the first poll where it holds (at once if it holds already).
     *
     * @param condition   the condition, {@link Condition#init initialised} with this bot
     * @param waitTimeout how long to wait
     * @throws BotTimeoutException with the condition's description if it does not hold in time; its
     *                             {@link BotTimeoutException#widgetDump() widget dump} lists the shells, the active
     *                             part and the visible widgets at that moment
     */
    public void waitUntil(Condition condition, Duration waitTimeout) {
        condition.init(this);
        Optional<Boolean> ok = Wait.poll(waitTimeout,
                () -> condition.test() ? Optional.of(Boolean.TRUE) : Optional.empty());
        if (ok.isEmpty()) {
            throw timedOut("Timed out after " + waitTimeout.toMillis() + " ms waiting for " + condition.description());
        }
    }

    /**
     * Waits while the condition holds, i.e. until it does not, up to {@link #timeout()}: SWTBot's {@code waitWhile}.
     * Returns at once if it does not hold already, so proving that a progress dialog is gone costs one poll.
     */
    public void waitWhile(Condition condition) {
        waitWhile(condition, timeout());
    }

    /** {@link #waitWhile(Condition)} with its own timeout. */
    public void waitWhile(Condition condition, Duration waitTimeout) {
        waitUntil(Conditions.not(condition), waitTimeout);
    }

    /**
     * Whether a visible widget matches now: no waiting, so the answer to "is it absent?" costs one look. To wait
     * until something goes away, use {@code waitUntil(Conditions.widgetNotPresent(matcher))}.
     *
     * @param matcher evaluated on the UI thread, see {@link Matchers}
     * @return whether at least one visible widget in this bot's scope matches
     */
    public boolean isPresent(Predicate<? super Widget> matcher) {
        Objects.requireNonNull(matcher, "matcher");
        return syncExec(() -> !WidgetFinder.find(roots(), matcher).isEmpty());
    }

    /**
     * The state of the screen for a failure message: visible shells (the active one marked), the active part when a
     * workbench bot is in use, and the visible widgets with a text, id or tooltip in this bot's scope. Never waits
     * longer than 5 s for the UI thread (it may be why the test failed).
     *
     * @return a multi-line report
     */
    public String widgetDump() {
        try {
            return UiThread.call(display, DUMP_TIMEOUT.compareTo(timeout()) < 0 ? DUMP_TIMEOUT : timeout(),
                    () -> WidgetFinder.describe(display, roots(), scopeName()));
        } catch (BotException e) {
            return "(could not list the widgets: " + e.getMessage() + ")";
        }
    }

    /**
     * A timeout failure: {@code what} as the message's first line, with the active shell and part, and the full
     * {@link #widgetDump()} attached (see {@link BotTimeoutException#widgetDump()}).
     *
     * @param what what was awaited and for how long
     * @return the exception to throw
     */
    public BotTimeoutException timedOut(String what) {
        return new BotTimeoutException(what + focusSummary(), widgetDump());
    }

    /**
     * Adds a line to every widget dump and to the first line of timeout messages: the workbench bot reports the
     * active part this way, so that the core driver needs no workbench. Replaces an earlier describer of that name.
     *
     * @param name      a key, e.g. {@code "workbench"}
     * @param describer called on the UI thread; returns one short line (e.g. {@code "active part 'Policy
     *                  Explorer'"}), or {@code null} for nothing
     */
    public static void addStateDescriber(String name, Supplier<String> describer) {
        WidgetFinder.DESCRIBERS.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(describer, "describer"));
    }

    private String focusSummary() {
        try {
            return UiThread.call(display, DUMP_TIMEOUT.compareTo(timeout()) < 0 ? DUMP_TIMEOUT : timeout(),
                    () -> " [" + WidgetFinder.focusSummary(display) + "]");
        } catch (BotException e) {
            return "";
        }
    }

    /**
     * Saves the whole screen (all monitors of the display) as a PNG file, creating its directory.
     *
     * @param png the file to write
     * @return {@code png}
     */
    public Path captureScreenshot(Path png) {
        Screenshots.capture(display, timeout(), png);
        return png;
    }

    // ---------------------------------------------------------------- internals

    /** @return the roots searched: the scope if it is still visible, else all visible shells (UI thread) */
    List<? extends Control> roots() {
        if (scope == null) {
            return WidgetFinder.visibleShells(display);
        }
        return scope.isDisposed() || !scope.isVisible() ? List.of() : List.of(scope);
    }

    private <W extends Widget> W find(Class<W> type, Predicate<? super Widget> matcher) {
        return find(type, matcher, 0);
    }

    private <W extends Widget> W find(Class<W> type, Predicate<? super Widget> matcher, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " < 0");
        }
        Optional<Widget> found = Wait.poll(timeout(), () -> syncExec(() -> {
            List<Widget> all = WidgetFinder.find(roots(), matcher);
            return all.size() > index ? Optional.of(all.get(index)) : Optional.<Widget>empty();
        }));
        return type.cast(found.orElseThrow(() -> notFound(index == 0 ? "a widget " + matcher
                : "widget #" + index + " (from 0) " + matcher + " (" + syncExec(() -> WidgetFinder.find(roots(), matcher).size())
                        + " found)")));
    }

    WidgetNotFoundException notFound(String what) {
        String where = "";
        try {
            where = scope == null ? "" : syncExec(() -> scope.isDisposed() ? " in a disposed scope" : " in " + scopeName());
        } catch (BotException e) {
            // the dump says why
        }
        return new WidgetNotFoundException("Could not find " + what + where + " within " + timeout().toMillis()
                + " ms" + focusSummary(), widgetDump());
    }

    /** UI thread: e.g. {@code shell 'Preferences'} or {@code Composite [id=x] in shell 'Agent Proxy Studio'}. */
    private String scopeName() {
        if (scope == null || scope.isDisposed()) {
            return null;
        }
        return scope instanceof Shell s ? "shell '" + s.getText() + "'"
                : Texts.describe(scope) + " in shell '" + scope.getShell().getText() + "'";
    }

    private static Predicate<Widget> textTypes() {
        return ofType(Text.class, StyledText.class);
    }
}
