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

    private final Display display;
    private final Shell scope;
    private final Duration timeout;

    /**
     * A bot searching all visible shells of the display, the active shell first.
     *
     * @param display the display whose UI thread runs the application under test
     */
    public Bot(Display display) {
        this(display, null, null);
    }

    Bot(Display display, Shell scope, Duration timeout) {
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
                    + " ms; " + bar);
        }));
    }

    private Menu menuBar() {
        Shell shell = scope != null ? scope : WidgetFinder.activeShell(display);
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
            List<Widget> all = WidgetFinder.find(scopeShells(), matcher);
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

    /** Waits until the condition holds, up to {@link #timeout()}. */
    public void waitUntil(Condition condition) {
        waitUntil(condition, timeout());
    }

    /**
     * Polls the condition about every 50 ms.
     *
     * @param condition   the condition, {@link Condition#init initialised} with this bot
     * @param waitTimeout how long to wait
     * @throws BotTimeoutException with the condition's description if it does not hold in time
     */
    public void waitUntil(Condition condition, Duration waitTimeout) {
        condition.init(this);
        Optional<Boolean> ok = Wait.poll(waitTimeout,
                () -> condition.test() ? Optional.of(Boolean.TRUE) : Optional.empty());
        if (ok.isEmpty()) {
            throw new BotTimeoutException(
                    "Timed out after " + waitTimeout.toMillis() + " ms waiting for " + condition.description());
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

    /** @return the shells searched: the scope shell if it is still visible, else all visible shells */
    List<Shell> scopeShells() {
        if (scope == null) {
            return WidgetFinder.visibleShells(display);
        }
        return scope.isDisposed() || !scope.isVisible() ? List.of() : List.of(scope);
    }

    private <W extends Widget> W find(Class<W> type, Predicate<? super Widget> matcher) {
        Optional<Widget> found = Wait.poll(timeout(),
                () -> syncExec(() -> WidgetFinder.find(scopeShells(), matcher).stream().findFirst()));
        return type.cast(found.orElseThrow(() -> notFound("a widget " + matcher)));
    }

    WidgetNotFoundException notFound(String what) {
        String where = "";
        String state;
        try {
            where = scope == null ? "" : syncExec(() -> scope.isDisposed() ? " in a disposed shell"
                    : " in shell '" + scope.getText() + "'");
            state = syncExec(() -> WidgetFinder.describe(display, scopeShells()));
        } catch (BotException e) {
            state = "(could not list the widgets: " + e.getMessage() + ")";
        }
        return new WidgetNotFoundException(
                "Could not find " + what + where + " within " + timeout().toMillis() + " ms.\n" + state);
    }

    private static Predicate<Widget> textTypes() {
        return ofType(Text.class, StyledText.class);
    }
}
