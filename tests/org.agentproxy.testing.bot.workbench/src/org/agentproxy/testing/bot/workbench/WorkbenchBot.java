package org.agentproxy.testing.bot.workbench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench bot, beside the plain SWT {@link Bot} (SWTBot's {@code SWTWorkbenchBot}): finds views and editors
 * of the workbench window's active page as parts — {@link #viewByTitle}, {@link #viewById}, {@link #editorByTitle},
 * {@link #activeEditor()}, {@link #activePart()} — each a {@link PartBot} with {@code show()}, {@code close()},
 * {@code isActive()}, {@code setFocus()} and a {@link PartBot#bot() bot scoped to the part}.
 *
 * <p>It lives in its own bundle so that the core driver ({@code org.agentproxy.testing.bot}) needs only SWT and its
 * plain-SWT tests start no workbench. Creating one registers a line of the widget dump of every timeout and
 * not-found failure: the active part and the active editor.
 *
 * <p>Why parts matter: the workbench routes Edit → Undo, Save, Delete and key bindings to the <em>active part</em>.
 * After a test clicks into a view, Edit → Undo is that view's; a page object acting on the editor activates the
 * editor first ({@link PartBot#show()}).
 */
public class WorkbenchBot extends Bot {

    /** The name of this bot's line in widget dumps ({@link Bot#addStateDescriber}). */
    public static final String DESCRIBER = "workbench";

    /** A workbench bot for the running workbench's display. */
    public WorkbenchBot() {
        this(PlatformUI.getWorkbench().getDisplay());
    }

    /** @param display the workbench's display */
    public WorkbenchBot(org.eclipse.swt.widgets.Display display) {
        super(display);
        Bot.addStateDescriber(DESCRIBER, WorkbenchBot::describeParts);
    }

    // ---------------------------------------------------------------- finders

    /**
     * @param title the view's title as its tab shows it, e.g. {@code "Policy Explorer"}
     * @return the open view with that title, once there is one (it need not be visible or active)
     */
    public ViewBot viewByTitle(String title) {
        Objects.requireNonNull(title, "title");
        return new ViewBot(this, findPart("a view titled '" + title + "'",
                page -> Arrays.stream(page.getViewReferences()).filter(v -> title.equals(v.getPartName()))));
    }

    /**
     * @param id the view's id, e.g. {@code "org.agentproxy.ui.policyExplorer"}
     * @return the open view with that id, once there is one; to open one, {@link #showView(String)}
     */
    public ViewBot viewById(String id) {
        Objects.requireNonNull(id, "id");
        return new ViewBot(this, findPart("a view with id '" + id + "'",
                page -> Arrays.stream(page.getViewReferences()).filter(v -> id.equals(v.getId()))));
    }

    /**
     * Opens the view (Window → Show View), activates it, and returns it.
     *
     * @param id the view's id
     * @return the view, active
     */
    public ViewBot showView(String id) {
        syncExec(() -> {
            try {
                page().showView(id);
                return null;
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException("Could not show the view " + id + ": " + e.getMessage(), e);
            }
        });
        return viewById(id).show();
    }

    /**
     * @param title the editor's title, as its tab shows it without the dirty marker ({@code "sample.json"}, not
     *              {@code "*sample.json"})
     * @return the open editor with that title, once there is one
     */
    public EditorBot editorByTitle(String title) {
        Objects.requireNonNull(title, "title");
        return new EditorBot(this, findPart("an editor titled '" + title + "'",
                page -> Arrays.stream(page.getEditorReferences()).filter(e -> title.equals(e.getPartName()))));
    }

    /**
     * @param id the editor type's id, e.g. {@code "org.agentproxy.ui.policyEditor"}
     * @return the first open editor of that type, once there is one
     */
    public EditorBot editorById(String id) {
        Objects.requireNonNull(id, "id");
        return new EditorBot(this, findPart("an editor with id '" + id + "'",
                page -> Arrays.stream(page.getEditorReferences()).filter(e -> id.equals(e.getId()))));
    }

    /**
     * @return the active editor (the one Save and the editor's key bindings go to when an editor is active), once
     *         an editor is open
     */
    public EditorBot activeEditor() {
        return new EditorBot(this, findPart("an active editor", page -> {
            var editor = page.getActiveEditor();
            return editor == null ? Stream.empty()
                    : Arrays.stream(page.getEditorReferences()).filter(r -> r.getPart(false) == editor);
        }));
    }

    /** @return the active part (view or editor), once the page has one */
    public PartBot activePart() {
        IWorkbenchPartReference ref = findPart("an active part",
                page -> Stream.ofNullable(page.getActivePartReference()));
        return ref instanceof IEditorReference ? new EditorBot(this, ref) : new ViewBot(this, ref);
    }

    /** @return the titles of the open views of the active page, in the page's order (no waiting) */
    public List<String> viewTitles() {
        return syncExec(() -> Arrays.stream(page().getViewReferences()).map(IViewReference::getPartName)
                .collect(Collectors.toList()));
    }

    /** @return the titles of the open editors (no waiting) */
    public List<String> editorTitles() {
        return syncExec(() -> Arrays.stream(page().getEditorReferences()).map(IEditorReference::getPartName)
                .collect(Collectors.toList()));
    }

    /** @return holds when the part is the active part of its page */
    public static Condition partIsActive(PartBot part) {
        return Condition.of(part + " to be the active part", part::isActive);
    }

    /** @return holds when the part is no longer open in its page (closed, or the perspective no longer shows it) */
    public static Condition partIsClosed(PartBot part) {
        return Condition.of(part + " to close", () -> !part.isOpen());
    }

    // ---------------------------------------------------------------- internals

    private <R extends IWorkbenchPartReference> R findPart(String what,
            Function<IWorkbenchPage, Stream<? extends IWorkbenchPartReference>> lookup) {
        Optional<IWorkbenchPartReference> found = poll(() -> syncExec(() -> {
            IWorkbenchPage page = pageOrNull();
            return page == null ? Optional.<IWorkbenchPartReference>empty()
                    : lookup.apply(page).map(r -> (IWorkbenchPartReference) r).findFirst();
        }));
        @SuppressWarnings("unchecked")
        R ref = (R) found.orElseThrow(() -> new WidgetNotFoundException("Could not find " + what + " within "
                + timeout().toMillis() + " ms; views: " + viewTitles() + ", editors: " + editorTitles(), widgetDump()));
        return ref;
    }

    private <T> Optional<T> poll(java.util.function.Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout().toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** UI thread: the active page of the (active, else first) workbench window. */
    static IWorkbenchPage page() {
        IWorkbenchPage page = pageOrNull();
        if (page == null) {
            throw new IllegalStateException("The workbench has no window with an active page");
        }
        return page;
    }

    private static IWorkbenchPage pageOrNull() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null) {
            window = Arrays.stream(workbench.getWorkbenchWindows()).findFirst().orElse(null);
        }
        return window == null ? null : window.getActivePage();
    }

    /** UI thread: the dump line, e.g. {@code active part: 'Policy Explorer' (view), active editor: 'sample.json'}. */
    private static String describeParts() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchPage page = pageOrNull();
        if (page == null) {
            return "no workbench page";
        }
        IWorkbenchPartReference active = page.getActivePartReference();
        var editor = page.getActiveEditor();
        return "active part: " + (active == null ? "none"
                : "'" + active.getPartName() + "' (" + (active instanceof IEditorReference ? "editor" : "view "
                        + active.getId()) + ")")
                + ", active editor: " + (editor == null ? "none" : "'" + editor.getTitle() + "'");
    }
}
