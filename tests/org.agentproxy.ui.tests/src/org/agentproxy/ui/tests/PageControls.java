package org.agentproxy.ui.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.ui.tests.bots.PolicyEditorBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The controls of the editor page shown now, read on the UI thread (call these inside {@code syncExec}, all but
 * {@link #show}): those bound to a field path (the id the editor gives them) that take the focus, their labels,
 * their sections.
 */
final class PageControls {

    static final String SANDBOX = "Sandbox Analysis   (sandbox-analysis)";

    private PageControls() {
    }

    /** Shows the page (on the test thread); on the Global SPS page, with the example's feature settings. */
    static void show(PolicyEditorBot editor, String label) {
        ScopePageBot page = editor.page(label);
        if (label.equals("Global Smart Protection Service")) {
            TableBot features = page.table("globalSmartProtection.features");
            features.select(features.rowWithCell(0, SANDBOX));
            page.text("globalSmartProtection.features.sandbox-analysis.properties.maxSampleSizeMb");
        }
    }

    /** The bound controls that take the focus, id → top on screen, in the page's order. */
    static Map<String, Integer> bound() {
        Map<String, Integer> found = new LinkedHashMap<>();
        collect(body(), found);
        return found;
    }

    /** Each bound control's label: a field's label before it, a button's or check box's own text, a list's label. */
    static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String id : bound().keySet()) {
            Control c = find(id);
            if (c instanceof Button b) {
                labels.put(id, b.getText());
            } else if (c instanceof Text || c instanceof Combo) {
                labels.put(id, ((Label) before(c)).getText());
            } else {
                Label list = listLabel(c);
                if (list != null) {
                    labels.put(id, list.getText()); // a list's own label above it (a section's description is none)
                }
            }
        }
        return labels;
    }

    /**
     * The label of a list, table or tree: the label ending in ':' just before it or before the composite that wraps
     * it (a list editor with its buttons, a filtered tree), up to the section.
     */
    private static Label listLabel(Control c) {
        for (Control node = c; node != null && !(node instanceof Section); node = node.getParent()) {
            if (before(node) instanceof Label label && label.getText().endsWith(":")) {
                return label;
            }
            if (node.getParent() instanceof Section) {
                break;
            }
        }
        return null;
    }

    /** The tooltip of each bound text field and drop-down, on its label (or its own, for a feature's setting). */
    static Map<String, String> tooltips() {
        Map<String, String> tips = new LinkedHashMap<>();
        for (String id : bound().keySet()) {
            Control c = find(id);
            if (c instanceof Text || c instanceof Combo) { // check boxes and buttons say what they do
                String own = c.getToolTipText(); // a feature's setting: its declared description
                tips.put(id, own != null ? own : before(c) instanceof Label label ? label.getToolTipText() : null);
            }
        }
        return tips;
    }

    /** The title of the section that holds the control. */
    static String section(String id) {
        for (Control c = find(id); c != null; c = c.getParent()) {
            if (c instanceof Section section) {
                return section.getText();
            }
        }
        return null;
    }

    static Object focus(String id) {
        find(id).setFocus();
        return null;
    }

    static Control find(String id) {
        return find(body(), id);
    }

    /** The mnemonic letter of a text ({@code &Host:} → h), or 0. */
    static char mnemonic(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '&') {
                if (text.charAt(i + 1) != '&') {
                    return Character.toLowerCase(text.charAt(i + 1));
                }
                i++;
            }
        }
        return 0;
    }

    private static void collect(Composite parent, Map<String, Integer> found) {
        for (Control c : parent.getChildren()) {
            if (c.getData(Bot.ID_KEY) instanceof String id && focusable(c)) {
                found.put(id, c.getParent().toDisplay(c.getLocation()).y);
            }
            if (c instanceof Composite composite && !(c instanceof Combo) && !(c instanceof Table)
                    && !(c instanceof Tree)) {
                collect(composite, found);
            }
        }
    }

    private static boolean focusable(Control c) {
        return c.isVisible() && c.isEnabled() && (c instanceof Text || c instanceof Combo || c instanceof Table
                || c instanceof Tree || c instanceof Button);
    }

    private static Control before(Control c) {
        Control[] siblings = c.getParent().getChildren();
        int index = List.of(siblings).indexOf(c);
        return index > 0 ? siblings[index - 1] : null;
    }

    private static Control find(Composite parent, String id) {
        for (Control c : parent.getChildren()) {
            if (id.equals(c.getData(Bot.ID_KEY))) {
                return c;
            }
            if (c instanceof Composite composite) {
                Control inside = find(composite, id);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    private static Composite body() {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return ((FormEditor) page.getActiveEditor()).getActivePageInstance().getManagedForm().getForm().getBody();
    }
}
