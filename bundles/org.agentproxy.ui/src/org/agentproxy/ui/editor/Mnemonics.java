package org.agentproxy.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Gives the labels and buttons of one editor page or view their mnemonics ({@code &Host:}), each letter once where
 * the words allow: the first letter of a word not taken yet, else any letter not taken yet, else the first letter
 * (GTK then cycles through the controls sharing it); the letters of the window's menu bar are never taken. A text that
 * already has one keeps it. A letter is free again when its widget is disposed (the settings of another selected
 * feature, the check boxes of a view that follow the policy). One instance per page or view; UI thread only. The
 * editor pages get theirs through {@link FieldBinder#mnemonic(String, Widget)}.
 *
 * @since 0.4.0
 */
public final class Mnemonics {

    private final Map<Character, Integer> taken = new HashMap<>();

    /**
     * @param text  a label's or button's text; {@code &} stands for itself only doubled ({@code &&})
     * @param owner the widget that shows it
     * @return the text with a mnemonic, the letter held until {@code owner} is disposed
     */
    public String assign(String text, Widget owner) {
        if (owner instanceof Control control) {
            reserveMenuBar(control.getShell());
        }
        int marked = marker(text);
        String result = marked >= 0 ? text : withMarker(text);
        int at = marker(result);
        if (at >= 0) {
            char letter = Character.toLowerCase(result.charAt(at + 1));
            taken.merge(letter, 1, Integer::sum);
            owner.addListener(org.eclipse.swt.SWT.Dispose, e -> taken.computeIfPresent(letter, (k, n) -> n > 1 ? n - 1
                    : null));
        }
        return result;
    }

    /** The window's menu bar (Alt+F: File) keeps its letters: a field with the same one would never get Alt+F. */
    private void reserveMenuBar(Shell shell) {
        Menu bar = shell.getMenuBar();
        if (bar != null) {
            for (MenuItem item : bar.getItems()) {
                int at = marker(item.getText());
                if (at >= 0) {
                    taken.putIfAbsent(Character.toLowerCase(item.getText().charAt(at + 1)), 1);
                }
            }
        }
    }

    private String withMarker(String text) {
        int pick = -1;
        for (int i = 0; i < text.length() && pick < 0; i++) {
            if (isFree(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                pick = i;
            }
        }
        for (int i = 0; i < text.length() && pick < 0; i++) {
            if (isFree(text.charAt(i))) {
                pick = i;
            }
        }
        for (int i = 0; i < text.length() && pick < 0; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                pick = i;
            }
        }
        return pick < 0 ? text : text.substring(0, pick) + "&" + text.substring(pick); //$NON-NLS-1$
    }

    private boolean isFree(char c) {
        return Character.isLetterOrDigit(c) && c < 128
                && !taken.containsKey(Character.toLowerCase(String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0)));
    }

    /** The index of the mnemonic marker ({@code &} not doubled), or -1. */
    static int marker(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '&') {
                if (text.charAt(i + 1) != '&') {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }
}
