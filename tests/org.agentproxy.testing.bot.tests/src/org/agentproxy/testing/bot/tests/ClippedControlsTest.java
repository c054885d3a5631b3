package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ShellBot#clippedControls()}: the rule of what a user cannot see whole; resizing and shell screenshots. */
class ClippedControlsTest extends FixtureTest {

    private static final String TITLE = "Clipping Fixture";

    @TempDir
    Path dir;

    @Test
    void aLabelBelowTheBottomOfAParentThatCannotScrollIsClipped() {
        ShellBot shell = open(s -> {
            Composite panel = panel(s, 0, 0, 300, 50);
            label(panel, "Seen:", 0, 10, 100, 20);
            label(panel, "Port:", 0, 60, 100, 20);
        });
        List<String> clipped = shell.clippedControls();
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("Label 'Port:': only 100×0 of its 100×20 pixels can be seen"),
                clipped.get(0));
    }

    @Test
    void aLabelHalfOutsideItsParentIsClipped() {
        ShellBot shell = open(s -> label(panel(s, 0, 0, 300, 50), "Host:", 0, 40, 100, 20));
        List<String> clipped = shell.clippedControls();
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).contains("only 100×10 of its 100×20 pixels"), clipped.get(0));
    }

    @Test
    void aScrolledCompositeThatCanScrollToTheControlDoesNotClipIt() {
        ShellBot shell = open(s -> scrolled(s, SWT.V_SCROLL | SWT.H_SCROLL, SWT.NONE));
        assertEquals(List.of(), shell.clippedControls());
    }

    @Test
    void aScrolledCompositeWithoutAScrollBarClipsLikeAnyParent() {
        ShellBot shell = open(s -> scrolled(s, SWT.NONE, SWT.NONE));
        List<String> clipped = shell.clippedControls();
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("Label 'Far below:'"), clipped.get(0));
        assertTrue(clipped.get(0).contains("ScrolledComposite viewport"), clipped.get(0));
    }

    @Test
    void aLabelNarrowerThanItsTextIsCutOffUnlessItsTooltipHoldsTheText() {
        ShellBot shell = open(s -> {
            Composite panel = panel(s, 0, 0, 300, 100);
            label(panel, "A label much longer than its width", 0, 0, 40, 20);
            label(panel, "Another label longer than its width", 0, 30, 40, 20)
                    .setToolTipText("Another label longer than its width\n/and/more");
        });
        List<String> clipped = shell.clippedControls();
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("Label 'A label much longer than its width': its text is cut off: 40 of"),
                clipped.get(0));
    }

    @Test
    void aControlSqueezedToNothingIsClippedAndUnlabelledControlsAreNotChecked() {
        ShellBot shell = open(s -> {
            Composite panel = panel(s, 0, 0, 300, 100);
            label(panel, "User:", 0, 0, 0, 20);
            label(panel, "", 0, 200, 50, 20);                  // no text: not a labelled control
        });
        assertEquals(List.of("Label 'User:': squeezed to 0×20 pixels"), shell.clippedControls());
    }

    @Test
    void resizeAndCaptureScreenshotOfTheShellOnly() throws Exception {
        ShellBot shell = open(s -> panel(s, 0, 0, 100, 100));
        shell.resize(320, 240);
        assertEquals(new Point(320, 240), shell.size());
        Path png = shell.captureScreenshot(dir.resolve("shell.png"));
        ImageData[] image = new ImageLoader().load(png.toString());
        assertEquals(320, image[0].width);
        assertEquals(240, image[0].height);
    }

    private ShellBot open(Consumer<Shell> contents) {
        display.syncExec(() -> {
            Shell shell = new Shell(display, SWT.SHELL_TRIM);
            shell.setText(TITLE);
            shell.setBounds(10, 10, 400, 300);
            contents.accept(shell);
            shell.open();
        });
        return bot.shell(TITLE);
    }

    /** A composite with no layout: its children keep the bounds the test gives them. */
    private static Composite panel(Composite parent, int x, int y, int width, int height) {
        Composite panel = new Composite(parent, SWT.NONE);
        panel.setBounds(x, y, width, height);
        return panel;
    }

    private static Label label(Composite parent, String text, int x, int y, int width, int height) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setBounds(x, y, width, height);
        return label;
    }

    /**
     * GTK's overlay scroll bars are drawn only while the pointer moves over the scrolled area: on screen the content is
     * cut off at the viewport's edge, with nothing to say that it scrolls.
     */
    @Test
    void aScrolledCompositeWhoseScrollBarIsAnOverlayClipsLikeAnyParent() {
        ShellBot shell = open(s -> scrolled(s, SWT.V_SCROLL | SWT.H_SCROLL, SWT.SCROLLBAR_OVERLAY));
        assertTrue(shell.syncExec(sh -> (((ScrolledComposite) sh.getChildren()[0]).getScrollbarsMode()
                & SWT.SCROLLBAR_OVERLAY) != 0), "GTK overlay scroll bars, as the fixture asked");
        List<String> clipped = shell.clippedControls();
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("Label 'Far below:'"), clipped.get(0));
        assertTrue(clipped.get(0).contains("(overlay: not shown)"), clipped.get(0));
    }

    /**
     * A 200×100 scrolled composite whose 180×600 content has a label near its bottom.
     *
     * @param mode its scroll bars: {@link SWT#NONE} classic bars that show, {@link SWT#SCROLLBAR_OVERLAY} GTK's
     *             overlay bars, drawn only under the pointer
     */
    private static void scrolled(Composite parent, int style, int mode) {
        ScrolledComposite scroll = new ScrolledComposite(parent, style);
        scroll.setScrollbarsMode(mode);
        scroll.setBounds(0, 0, 200, 100);
        Composite content = new Composite(scroll, SWT.NONE);
        label(content, "Far below:", 0, 550, 100, 20);
        content.setSize(180, 600);
        scroll.setContent(content);
    }
}
