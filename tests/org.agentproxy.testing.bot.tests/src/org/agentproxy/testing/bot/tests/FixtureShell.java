package org.agentproxy.testing.bot.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.agentproxy.testing.bot.Bot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * The application under test: a shell with real widgets whose listeners record what they observe in
 * {@link #events}. Built and used on the UI thread; only {@link #events} and the counters are read by tests.
 */
final class FixtureShell {

    static final String TITLE = "Bot Fixture";
    static final String DIALOG_TITLE = "Confirm Delete";

    /** Lazily created tree children, by parent text (JFace-free stand-in for a lazy content provider). */
    private static final Map<String, List<String>> CHILDREN = Map.of(
            "Policies", List.of("allow-read", "deny-write"),
            "Agents", List.of("build-agent"),
            "allow-read", List.of("rule-1"));

    private static final String DUMMY = "dummy";

    /** What the listeners observed, in order. */
    final List<String> events = new CopyOnWriteArrayList<>();
    final AtomicInteger fileMenuShows = new AtomicInteger();
    final AtomicInteger fileMenuHides = new AtomicInteger();

    /** UI thread only. */
    Shell shell;
    /** UI thread only. */
    Button apply;
    /** UI thread only. */
    Tree emptyTree;
    /** UI thread only. */
    Label status;
    /** UI thread only. */
    Composite proxies;
    /** UI thread only. */
    Table table;

    private FixtureShell() {
    }

    /** Builds and opens the shell on the UI thread. */
    static FixtureShell open(Display display) {
        FixtureShell fixture = new FixtureShell();
        display.syncExec(() -> fixture.create(display));
        return fixture;
    }

    /** Disposes every shell of the display (dialogs included). */
    static void disposeAll(Display display) {
        display.syncExec(() -> {
            for (Shell s : display.getShells()) {
                s.dispose();
            }
        });
    }

    private void create(Display display) {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(TITLE);
        shell.setLayout(new GridLayout(2, false));
        createForm();
        createButtons();
        createTree();
        createTable();
        createTabs();
        createMenuBar();
        shell.setSize(900, 760);
        shell.open();
    }

    private void createForm() {
        new Label(shell, SWT.NONE).setText("&Name:");
        Text name = new Text(shell, SWT.BORDER);
        name.setToolTipText("The policy name");
        name.setData(Bot.ID_KEY, "fixture.name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.Modify, e -> events.add("modify:" + name.getText()));

        new Label(shell, SWT.NONE).setText("Description:");
        Text description = new Text(shell, SWT.BORDER | SWT.MULTI);
        description.setData(Bot.ID_KEY, "fixture.description");
        description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        description.addListener(SWT.Modify, e -> events.add("modify-description:" + description.getText()));
        description.addListener(SWT.KeyDown, e -> events.add("key:" + e.character));

        new Label(shell, SWT.NONE).setText("Mode:");
        Combo mode = new Combo(shell, SWT.READ_ONLY);
        mode.setItems("strict", "lenient", "off");
        mode.select(0);
        mode.addListener(SWT.Selection, e -> events.add("combo:" + mode.getText()));

        new Label(shell, SWT.NONE).setText("Status:");
        status = new Label(shell, SWT.NONE);
        status.setText("Ready");
        status.setData(Bot.ID_KEY, "fixture.status");

        // two fields share the label "User:", one per proxy, as in the studio's proxy sections
        proxies = new Composite(shell, SWT.NONE);
        proxies.setData(Bot.ID_KEY, "fixture.proxies");
        proxies.setLayout(new GridLayout(4, false));
        proxies.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (String proxy : List.of("http", "https")) {
            new Label(proxies, SWT.NONE).setText("User:");
            Text user = new Text(proxies, SWT.BORDER);
            user.setData(Bot.ID_KEY, "fixture.user." + proxy);
            user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
    }

    private void createButtons() {
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayout(new RowLayout());
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        push(row, "&OK");
        Button refresh = push(row, "Refresh");
        refresh.setToolTipText("Refresh the view");
        refresh.setData(Bot.ID_KEY, "fixture.refresh");
        apply = push(row, "Apply");
        apply.setEnabled(false);
        push(row, "Crash").addListener(SWT.Selection, e -> {
            throw new IllegalStateException("broken listener");
        });
        Button delete = new Button(row, SWT.PUSH);
        delete.setText("&Delete…");
        delete.addListener(SWT.Selection, e -> openDialog());

        Composite options = new Composite(shell, SWT.NONE);
        options.setLayout(new RowLayout());
        options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button logging = new Button(options, SWT.CHECK);
        logging.setText("Enable &logging");
        logging.addListener(SWT.Selection, e -> events.add("check:" + logging.getSelection()));
        for (String text : List.of("Allow", "Deny")) {
            Button radio = new Button(options, SWT.RADIO);
            radio.setText(text);
            radio.setSelection(text.equals("Allow"));
            radio.addListener(SWT.Selection, e -> events.add("radio:" + text + ":" + radio.getSelection()));
        }
        Link link = new Link(options, SWT.NONE);
        link.setText("See <a href=\"https://example.org/docs\">the docs</a>");
        link.addListener(SWT.Selection, e -> events.add("link:" + e.text));
    }

    private Button push(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> events.add("click:" + text.replace("&", "")));
        return button;
    }

    /** A modal dialog with its own nested event loop, as JFace dialogs have. */
    private void openDialog() {
        events.add("dialog:opened");
        Shell dialog = new Shell(shell, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        dialog.setText(DIALOG_TITLE);
        dialog.setLayout(new GridLayout(2, true));
        Label question = new Label(dialog, SWT.NONE);
        question.setText("Delete policy 'default'?");
        question.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        String[] answer = { "closed" };
        for (String text : List.of("&Yes", "&No")) {
            Button button = new Button(dialog, SWT.PUSH);
            button.setText(text);
            button.addListener(SWT.Selection, e -> {
                answer[0] = text.replace("&", "");
                dialog.close();
            });
        }
        dialog.pack();
        dialog.open();
        Display display = dialog.getDisplay();
        while (!dialog.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        events.add("dialog:" + answer[0]);
    }

    private void createTree() {
        Tree tree = new Tree(shell, SWT.BORDER | SWT.MULTI);
        tree.setData(Bot.ID_KEY, "fixture.tree");
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String root : List.of("Policies", "Agents")) {
            lazyItem(new TreeItem(tree, SWT.NONE), root);
        }
        tree.addListener(SWT.Expand, e -> {
            TreeItem item = (TreeItem) e.item;
            events.add("expand:" + item.getText());
            if (item.getItemCount() == 1 && DUMMY.equals(item.getItem(0).getData())) {
                item.getItem(0).dispose();
                for (String child : CHILDREN.getOrDefault(item.getText(), List.of())) {
                    lazyItem(new TreeItem(item, SWT.NONE), child);
                }
            }
        });
        tree.addListener(SWT.Collapse, e -> events.add("collapse:" + text(e.item)));
        tree.addListener(SWT.Selection, e -> events.add("select:" + text(e.item)));
        tree.addListener(SWT.MouseDoubleClick, e -> events.add("doubleclick"));
        tree.addListener(SWT.DefaultSelection, e -> events.add("open:" + text(e.item)));

        Menu popup = new Menu(tree);
        popup.addListener(SWT.Show, e -> { // filled when shown, as JFace MenuManager(removeAllWhenShown) does
            for (MenuItem old : popup.getItems()) {
                old.dispose();
            }
            MenuItem refresh = new MenuItem(popup, SWT.PUSH);
            refresh.setText("&Refresh\tF5");
            refresh.addListener(SWT.Selection, ev -> events.add("tree-menu:Refresh"));
        });
        tree.setMenu(popup);

        emptyTree = new Tree(shell, SWT.BORDER);
        emptyTree.setData(Bot.ID_KEY, "fixture.emptyTree");
        emptyTree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** A tree item whose children are created on SWT.Expand: until then it has one dummy child. */
    private static void lazyItem(TreeItem item, String text) {
        item.setText(text);
        if (CHILDREN.containsKey(text)) {
            new TreeItem(item, SWT.NONE).setData(DUMMY);
        }
    }

    private static String text(Widget item) {
        return item instanceof TreeItem t ? t.getText() : item instanceof TableItem t ? t.getText() : "?";
    }

    private void createTable() {
        table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(Bot.ID_KEY, "fixture.table");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String header : List.of("Name", "Action")) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(header);
            column.setWidth(120);
        }
        for (String[] row : List.of(new String[] { "read", "allow" }, new String[] { "write", "deny" },
                new String[] { "exec", "ask" })) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        table.addListener(SWT.Selection, e -> events.add("row:" + text(e.item)));
        table.addListener(SWT.DefaultSelection, e -> events.add("row-open:" + text(e.item)));
    }

    private void createTabs() {
        CTabFolder folder = new CTabFolder(shell, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String name : List.of("Overview", "Details")) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(name);
            Label page = new Label(folder, SWT.NONE);
            page.setText(name + " page");
            item.setControl(page);
        }
        folder.setSelection(0);
        folder.addListener(SWT.Selection, e -> events.add("tab:" + ((CTabItem) e.item).getText()));
    }

    private void createMenuBar() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);

        MenuItem file = new MenuItem(bar, SWT.CASCADE);
        file.setText("&File");
        Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
        file.setMenu(fileMenu);
        fileMenu.addListener(SWT.Show, e -> { // filled when shown, as JFace MenuManager(removeAllWhenShown) does
            fileMenuShows.incrementAndGet();
            for (MenuItem old : fileMenu.getItems()) {
                old.dispose();
            }
            MenuItem open = new MenuItem(fileMenu, SWT.PUSH);
            open.setText("&Open…\tCtrl+O");
            open.setAccelerator(SWT.MOD1 + 'O');
            open.addListener(SWT.Selection, ev -> events.add("menu:open"));
            MenuItem recent = new MenuItem(fileMenu, SWT.CASCADE);
            recent.setText("&Recent");
            Menu recentMenu = new Menu(shell, SWT.DROP_DOWN);
            recent.setMenu(recentMenu);
            MenuItem policy = new MenuItem(recentMenu, SWT.PUSH);
            policy.setText("policy.json");
            policy.addListener(SWT.Selection, ev -> events.add("menu:recent:policy.json"));
            MenuItem exit = new MenuItem(fileMenu, SWT.PUSH);
            exit.setText("E&xit");
        });
        fileMenu.addListener(SWT.Hide, e -> fileMenuHides.incrementAndGet());

        MenuItem edit = new MenuItem(bar, SWT.CASCADE);
        edit.setText("&Edit");
        Menu editMenu = new Menu(shell, SWT.DROP_DOWN);
        edit.setMenu(editMenu);
        MenuItem undo = new MenuItem(editMenu, SWT.PUSH);
        undo.setText("&Undo\tCtrl+Z");
        undo.setEnabled(false);
        MenuItem wrap = new MenuItem(editMenu, SWT.CHECK);
        wrap.setText("&Word Wrap");
        wrap.addListener(SWT.Selection, e -> events.add("menu:wrap:" + wrap.getSelection()));
        MenuItem save = new MenuItem(editMenu, SWT.PUSH); // an accelerator installed from the start, as a key binding
        save.setText("&Save\tCtrl+S");
        save.setAccelerator(SWT.MOD1 + 'S');
        save.addListener(SWT.Selection, e -> events.add("menu:save"));
    }

    /** Enables the Apply button after {@code millis}, from a UI timer. */
    void enableApplyLater(Display display, int millis) {
        display.asyncExec(() -> display.timerExec(millis, () -> {
            if (!apply.isDisposed()) {
                apply.setEnabled(true);
            }
        }));
    }

    /** Disposes the status label after {@code millis}, from a UI timer. */
    void disposeStatusLater(Display display, int millis) {
        display.asyncExec(() -> display.timerExec(millis, () -> {
            if (!status.isDisposed()) {
                status.dispose();
            }
        }));
    }

    /** Adds a row to the table after {@code millis}, from a UI timer. */
    void addRowLater(Display display, int millis, String... cells) {
        display.asyncExec(() -> display.timerExec(millis, () -> {
            if (!table.isDisposed()) {
                new TableItem(table, SWT.NONE).setText(cells);
            }
        }));
    }

    /** Adds an item to the empty tree after {@code millis}, from a UI timer. */
    void fillEmptyTreeLater(Display display, int millis) {
        display.asyncExec(() -> display.timerExec(millis, () -> {
            if (!emptyTree.isDisposed()) {
                new TreeItem(emptyTree, SWT.NONE).setText("late item");
            }
        }));
    }
}
