package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds the texts of a pseudo-translated UI that are not pseudo-translated: under a pseudo locale every externalized
 * text is bracketed and padded ({@code Host:} reads {@code [Host:~~]}), so a text without the closing {@code ~]} did not
 * come from a properties file. UI thread only.
 *
 * <p>Walked: the shell's title, the text of every visible label, button, group, link and tab item, the headers of
 * table and tree columns, and every control's tooltip. Not walked: what holds data rather than words (text fields,
 * combos' values, table and tree rows); a text without a letter ({@code 8080}, {@code …}) is not a word either. What
 * else a caller knows to be data (a policy's name shown in a label, a server's URL) or another product's words (the
 * platform's own buttons, which its language packs translate) it passes as {@code data}.
 */
public final class UntranslatedTexts {

    /** What ends every pseudo-translated text (the padding, then the bracket). */
    public static final String PSEUDO_END = "~]";

    private UntranslatedTexts() {
    }

    /**
     * @param root the composite to walk (a shell, a view's content)
     * @param data whether a widget's text is data or someone else's words, not the studio's (never pseudo-translated
     *             here)
     * @return one line per text without the pseudo brackets: where it is and what it says; empty if none
     */
    public static List<String> under(Composite root, BiPredicate<Widget, String> data) {
        List<String> found = new ArrayList<>();
        if (root instanceof Shell shell) {
            check(shell, "title", shell.getText(), data, found);
        }
        walk(root, data, found);
        return found;
    }

    /** Whether a text is pseudo-translated, or holds no word that could be. */
    public static boolean translated(String text) {
        return text == null || text.contains(PSEUDO_END) || text.codePoints().noneMatch(Character::isLetter);
    }

    private static void walk(Control control, BiPredicate<Widget, String> data, List<String> found) {
        if (control.isDisposed() || !control.getVisible()) {
            return;
        }
        if (control instanceof Label || control instanceof CLabel || control instanceof Button
                || control instanceof Group || control instanceof Link) {
            check(control, "text", Texts.visible(control), data, found);
        }
        check(control, "tooltip", control.getToolTipText(), data, found);
        if (control instanceof Table table && table.getHeaderVisible()) {
            for (TableColumn column : table.getColumns()) {
                check(column, "column header", column.getText(), data, found);
                check(column, "column tooltip", column.getToolTipText(), data, found);
            }
        }
        if (control instanceof Tree tree && tree.getHeaderVisible()) {
            for (TreeColumn column : tree.getColumns()) {
                check(column, "column header", column.getText(), data, found);
                check(column, "column tooltip", column.getToolTipText(), data, found);
            }
        }
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                check(item, "tab", Texts.visible(item), data, found);
            }
        }
        if (control instanceof TabFolder folder) {
            for (TabItem item : folder.getItems()) {
                check(item, "tab", Texts.visible(item), data, found);
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, data, found);
            }
        }
    }

    private static void check(Widget widget, String what, String text, BiPredicate<Widget, String> data, List<String> found) {
        if (!translated(text) && !data.test(widget, text)) {
            found.add(Texts.describe(widget) + " " + what + ": \"" + text + "\"");
        }
    }
}
