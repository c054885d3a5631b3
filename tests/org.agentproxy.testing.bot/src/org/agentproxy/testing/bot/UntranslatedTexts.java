package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds the texts of a pseudo-translated UI that are not pseudo-translated: under a pseudo locale every externalized
 * text is bracketed and padded ({@code Host:} reads {@code [Host:~~]}), so a text without the closing {@code ~]} did not
 * come from a properties file. UI thread only.
 *
 * <p>Walked: the shell's title, the text of every visible label, button, group, link and tab item, the headers of
 * table and tree columns, and every control's tooltip — words, so every one of them must be translated. Not walked:
 * text fields, which hold what the user typed; a text without a letter ({@code 8080}, {@code …}) is not a word
 * either. What else a caller knows to be data (a policy's name shown in a label, a server's URL) or another product's
 * words (the platform's own buttons, which its language packs translate) it passes as {@code data}.
 *
 * <p>Items — the cells of tree and table rows, the items of combos and lists — mostly hold data (host names, ports,
 * agents, group names) that no translation changes. Given the {@code words} of the studio (the English of every
 * message: {@code granted}, {@code HTTPS}, {@code not-seen}), an item is flagged when a piece of it — the text
 * left when its pseudo-translated parts are taken out, cut at the separators {@code →}, {@code ,}, {@code ·},
 * {@code :}, {@code ;}, brackets — is one of those words as it is: an enum's name or a hard-coded English word shown
 * where a translated label belongs ({@code denied → [users may set a proxy~~~]}). Data that happens to equal a word is
 * not told apart; the caller's {@code data} predicate can still exempt it.
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
        return under(root, data, Set.of());
    }

    /**
     * As {@link #under(Composite, BiPredicate)}, and also the items of trees, tables, combos and lists that show one of
     * the studio's {@code words} untranslated.
     *
     * @param words the English texts of the studio (every message), to tell an untranslated word in an item from data
     * @return one line per text without the pseudo brackets: where it is and what it says; empty if none
     */
    public static List<String> under(Composite root, BiPredicate<Widget, String> data, Set<String> words) {
        List<String> found = new ArrayList<>();
        if (root instanceof Shell shell) {
            check(shell, "title", shell.getText(), data, found);
        }
        new Walk(data, words, found).walk(root);
        return found;
    }

    /** Whether a text is pseudo-translated, or holds no word that could be. */
    public static boolean translated(String text) {
        return text == null || text.contains(PSEUDO_END) || text.codePoints().noneMatch(Character::isLetter);
    }

    /** The most rows of a table or items of a tree looked at (a virtual table makes its rows when asked). */
    static final int MAX_ITEMS = 500;

    /** A pseudo-translated part of a text with no other inside it ({@code [granted~~]}); group 1 its text. */
    private static final Pattern PSEUDO_PART = Pattern.compile("\\[([^\\[\\]]*?)~+\\]");

    /** Where an item's text is cut into pieces: arrows, commas, middle dots, colons, semicolons, brackets. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\u2192|->|,|\u00b7|:|;|\\(|\\)|\\[|\\])\\s*");

    /**
     * The pieces of an item's text that are one of {@code words} untranslated; empty if none (data, or translated
     * words). The pseudo-translated parts are taken out from the innermost outwards: a part that is a whole message
     * ({@code [granted~~]}) is translated; in a part that is a message with values ({@code [failed: [not
     * reachable~~]~~~]}, {@code [denied → [users may set a proxy~~]~~]}), a piece that is a word is the message's own
     * text when a message with values holds it ({@code failed: {0}}), else an untranslated value ({@code denied} in
     * {@code {0} → {1}}). What is left outside every part is looked at piece by piece.
     */
    public static List<String> untranslatedWords(String text, Set<String> words) {
        List<String> hits = new ArrayList<>();
        if (text == null || words.isEmpty()) {
            return hits;
        }
        String rest = text;
        while (true) {
            Matcher part = PSEUDO_PART.matcher(rest);
            StringBuilder outer = new StringBuilder();
            boolean found = false;
            while (part.find()) {
                found = true;
                String inside = part.group(1);
                if (!words.contains(inside.strip())) {
                    for (String piece : pieces(inside)) {
                        if (words.contains(piece) && words.stream()
                                .noneMatch(w -> w.contains("{") && w.contains(piece) && !w.equals(piece))) {
                            hits.add(piece);
                        }
                    }
                }
                part.appendReplacement(outer, " ");
            }
            if (!found) {
                break;
            }
            part.appendTail(outer);
            rest = outer.toString();
        }
        for (String piece : pieces(rest)) {
            if (words.contains(piece)) {
                hits.add(piece);
            }
        }
        return hits;
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : SEPARATORS.split(text)) {
            String p = piece.strip();
            if (!p.isEmpty()) {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private record Walk(BiPredicate<Widget, String> data, Set<String> words, List<String> found) {

        private void walk(Control control) {
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
            if (control instanceof Table table) {
                int columns = Math.max(1, table.getColumnCount());
                int rows = Math.min(MAX_ITEMS, table.getItemCount());
                for (int r = 0; r < rows; r++) {
                    TableItem item = table.getItem(r);
                    for (int c = 0; c < columns; c++) {
                        item(item, "cell " + (r + 1) + "/" + (c + 1), item.getText(c));
                    }
                }
            }
            if (control instanceof Tree tree) {
                items(tree.getItems(), Math.max(1, tree.getColumnCount()), new int[] {MAX_ITEMS});
            }
            if (control instanceof Combo combo) {
                for (String item : combo.getItems()) {
                    item(combo, "item", item);
                }
            }
            if (control instanceof CCombo combo) {
                for (String item : combo.getItems()) {
                    item(combo, "item", item);
                }
            }
            if (control instanceof org.eclipse.swt.widgets.List list) {
                for (String item : list.getItems()) {
                    item(list, "item", item);
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
                    walk(child);
                }
            }
        }

        /** The tree's items made so far (a collapsed branch a lazy viewer has not filled is not looked at). */
        private void items(TreeItem[] items, int columns, int[] budget) {
            for (TreeItem item : items) {
                if (budget[0]-- <= 0) {
                    return;
                }
                for (int c = 0; c < columns; c++) {
                    item(item, "cell " + (c + 1), item.getText(c));
                }
                items(item.getItems(), columns, budget);
            }
        }

        private void item(Widget widget, String what, String text) {
            List<String> hits = untranslatedWords(text, words);
            if (!hits.isEmpty() && !data.test(widget, text)) {
                found.add(Texts.describe(widget) + " " + what + ": \"" + text + "\" (untranslated: " + String.join(", ", hits)
                        + ")");
            }
        }
    }

    private static void check(Widget widget, String what, String text, BiPredicate<Widget, String> data, List<String> found) {
        if (!translated(text) && !data.test(widget, text)) {
            found.add(Texts.describe(widget) + " " + what + ": \"" + text + "\"");
        }
    }
}
