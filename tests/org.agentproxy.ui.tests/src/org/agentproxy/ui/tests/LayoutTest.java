package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.ui.StudioParts;
import org.agentproxy.ui.tests.bots.PolicyEditorBot;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At 1024×700, the smallest window the studio is made for, every page of the policy editor and every view of the
 * product shows its labelled controls whole (the rule: {@link org.agentproxy.testing.bot.ClippedControls}). The
 * pages are the editor's tabs — one per contribution the scope editor registry accepted — and the views and
 * perspectives are those of the workbench registries whose id starts with {@code org.agentproxy.}: a page, view or
 * perspective another bundle adds is covered without changing this test. A screenshot of each lands in
 * {@code agentproxy.layoutshots} (by default {@code docs/images/1024x700}).
 */
class LayoutTest extends StudioTestSupport {

    static final int WIDTH = 1024;
    static final int HEIGHT = 700;
    private static final String PRODUCT = "org.agentproxy.";
    private static final Path SHOTS = Path.of(System.getProperty("agentproxy.layoutshots", "target/layout-1024x700"));

    private ShellBot window;
    private PolicyEditorBot editor;
    private Point sizeBefore;

    /** On the sample policy (nothing is edited): the screenshots show what a user sees on first start. */
    @BeforeEach
    void resizeTo1024x700() {
        chooser.answer(samplePath());
        studio.openPolicy(PolicyWorkspace.SAMPLE_NAME); // opens the editor too, should a test have closed it
        editor = studio.editor();
        window = studio.window();
        sizeBefore = window.size();
        window.resize(WIDTH, HEIGHT);
        assertEquals(new Point(WIDTH, HEIGHT), window.size());
    }

    @AfterEach
    void restoreTheWindow() {
        studio.bot().syncExec(() -> {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .setPerspective(perspective(StudioParts.EDITING_PERSPECTIVE));
            return null;
        });
        window.resize(sizeBefore.x, sizeBefore.y);
    }

    @Test
    void everyEditorPageShowsItsControlsWhole() {
        List<String> pages = editorPages();
        assertTrue(pages.containsAll(List.of("Internal Agents", "External Agents", "Global Smart Protection Service",
                "User Proxy Privilege", "Agent Connectivity", "Fixture Page")), "pages: " + pages);
        Set<String> clipped = new LinkedHashSet<>(); // a control seen in several pages or views: once
        for (String page : pages) {
            editor.page(page);
            clipped.addAll(window.clippedControls());
            window.captureScreenshot(SHOTS.resolve("page-" + slug(page) + ".png"));
        }
        assertTrue(clipped.isEmpty(), "Cut off at " + WIDTH + "×" + HEIGHT + ":\n" + String.join("\n", clipped));
    }

    @Test
    void everyEditorPageTabIsShownOrListedByTheChevron() {
        List<String> hidden = studio.bot().syncExec(() -> {
            List<String> notShowing = new ArrayList<>();
            CTabFolder folder = editorPageFolder();
            for (CTabItem item : folder.getItems()) {
                if (!item.isShowing()) {
                    notShowing.add(item.getText());
                }
            }
            return notShowing;
        });
        // the product's own pages show their tabs; a page other bundles add may be listed by the chevron
        assertTrue(hidden.stream().allMatch(label -> label.equals("Fixture Page") || label.equals("Not A Page")),
                "tabs of the policy editor hidden at " + WIDTH + " px: " + hidden);
    }

    @Test
    void everyViewShowsItsControlsWholeInEveryPerspective() {
        Set<String> clipped = new LinkedHashSet<>(); // a control seen in several pages or views: once
        for (IPerspectiveDescriptor perspective : productPerspectives()) {
            String where = slug(perspective.getLabel());
            showPerspective(perspective);
            clipped.addAll(window.clippedControls());
            window.captureScreenshot(SHOTS.resolve(where + ".png"));
            for (IViewDescriptor view : productViews()) {
                boolean wasOpen = showView(view.getId());
                clipped.addAll(window.clippedControls());
                window.captureScreenshot(SHOTS.resolve(where + "-" + slug(view.getLabel()) + ".png"));
                if (!wasOpen) {
                    studio.closeView(view.getId());
                }
            }
        }
        assertTrue(clipped.isEmpty(), "Cut off at " + WIDTH + "×" + HEIGHT + ":\n" + String.join("\n", clipped));
    }

    @Test
    void theSimulationPerspectiveGivesTheDiagramRoom() {
        studio.perspective("Simulation");
        studio.connectionPaths().waitForOutcome("predictive-machine-learning", 2, "ok");
        Control canvas = (Control) studio.bot().widgets(Matchers.withId("connectionPaths.diagram")).get(0);
        // the canvas has the diagram's size; what the view shows of it is the client area of its scrolled parent
        Rectangle shown = studio.bot().syncExec(() -> canvas.getParent().getClientArea());
        assertTrue(shown.width >= 700 && shown.height >= 220, "the Connection Paths diagram shows only " + shown);
        studio.perspective("Editing");
    }

    // ---------------------------------------------------------------- registries and parts

    /** The tab labels of the policy editor, in page order. */
    private List<String> editorPages() {
        return studio.bot().syncExec(() -> Arrays.stream(editorPageFolder().getItems()).map(CTabItem::getText)
                .toList());
    }

    private static CTabFolder editorPageFolder() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FormEditor editor = (FormEditor) page.getActiveEditor();
        return (CTabFolder) editor.getActivePageInstance().getPartControl().getParent();
    }

    private List<IPerspectiveDescriptor> productPerspectives() {
        return studio.bot().syncExec(() -> Arrays.stream(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .getPerspectives()).filter(p -> p.getId().startsWith(PRODUCT)).toList());
    }

    private List<IViewDescriptor> productViews() {
        return studio.bot().syncExec(() -> Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews())
                .filter(v -> v.getId().startsWith(PRODUCT)).toList());
    }

    private static IPerspectiveDescriptor perspective(String id) {
        return PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
    }

    private void showPerspective(IPerspectiveDescriptor perspective) {
        studio.bot().syncExec(() -> {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPerspective(perspective);
            return null;
        });
    }

    /** Shows and activates the view; returns whether it was open before. */
    private boolean showView(String id) {
        return studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IViewReference before = page.findViewReference(id);
            try {
                page.showView(id);
            } catch (PartInitException e) {
                throw new AssertionError("Cannot open the view " + id, e);
            }
            return before != null;
        });
    }

    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
