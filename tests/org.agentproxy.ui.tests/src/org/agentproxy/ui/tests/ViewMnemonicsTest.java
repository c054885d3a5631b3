package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.workbench.ViewBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The keyboard in the studio's views, as {@link KeyboardNavigationTest} checks it on the editor pages: every button
 * (push button, check box, radio button) and every label of a field (the label just before a text field, drop-down
 * or spinner) has a mnemonic, so that Alt and a letter reaches it. The views are those of the workbench's view
 * registry whose id starts with {@code org.agentproxy.}, each shown with the sample policy open: a view another
 * bundle adds is covered without a change to this test.
 */
class ViewMnemonicsTest extends StudioTestSupport {

    private static final String PRODUCT = "org.agentproxy.";

    @Test
    void everyButtonAndFieldLabelOfEveryViewHasAMnemonic() {
        List<String> without = new ArrayList<>();
        List<String> views = studio.bot().syncExec(() -> Arrays.stream(PlatformUI.getWorkbench().getViewRegistry()
                .getViews()).map(IViewDescriptor::getId).filter(id -> id.startsWith(PRODUCT)).toList());
        assertTrue(views.size() >= 8, "the product's views: " + views);
        for (String id : views) {
            boolean wasOpen = show(id);
            ViewBot view = studio.workbench().viewById(id);
            List<Widget> controls = view.bot().widgets(Matchers.ofType(Control.class));
            String title = view.title();
            without.addAll(studio.bot().syncExec(() -> controls.stream().map(c -> (Control) c)
                    .filter(c -> !c.isDisposed() && c.isVisible()).map(ViewMnemonicsTest::withoutMnemonic)
                    .filter(s -> s != null).map(s -> title + ": " + s).toList()));
            if (!wasOpen) {
                studio.closeView(id);
            }
        }
        assertTrue(without.isEmpty(), "buttons and field labels without a mnemonic:\n" + String.join("\n", without));
    }

    /** The control, described, when it is a button or a field's label with a text but no mnemonic; else null. */
    private static String withoutMnemonic(Control c) {
        String text = null;
        if (c instanceof Button b && (b.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            text = b.getText();
        } else if (c instanceof Label l && (l.getStyle() & SWT.SEPARATOR) == 0 && isField(next(l))) {
            text = l.getText();
        }
        if (text == null || text.isBlank() || PageControls.mnemonic(text) != 0) {
            return null;
        }
        return c.getClass().getSimpleName() + " '" + text + "'"
                + (c.getData(org.agentproxy.testing.bot.Bot.ID_KEY) instanceof String id ? " (" + id + ")" : "");
    }

    private static boolean isField(Control c) {
        return c instanceof Text || c instanceof Combo || c instanceof Spinner;
    }

    private static Control next(Control c) {
        Control[] siblings = c.getParent().getChildren();
        int at = Arrays.asList(siblings).indexOf(c);
        return at + 1 < siblings.length ? siblings[at + 1] : null;
    }

    /** Shows the view; returns whether it was open before. */
    private boolean show(String id) {
        return studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            boolean before = page.findViewReference(id) != null;
            try {
                page.showView(id);
            } catch (PartInitException e) {
                throw new AssertionError("Cannot open the view " + id, e);
            }
            return before;
        });
    }
}
