package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/** Texts, tooltips and ids of widgets, as matched and reported by the bot. UI thread only. */
final class Texts {

    private static final Pattern ANCHOR = Pattern.compile("<a(?:\\s+href\\s*=\\s*\"([^\"]*)\")?\\s*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Texts() {
    }

    /** @return the raw text of the widget ({@code getText()}), or {@code null} if it has none */
    static String raw(Widget w) {
        if (w instanceof Label l) {
            return l.getText();
        } else if (w instanceof CLabel l) {
            return l.getText();
        } else if (w instanceof Button b) {
            return b.getText();
        } else if (w instanceof Text t) {
            return t.getText();
        } else if (w instanceof StyledText t) {
            return t.getText();
        } else if (w instanceof Combo c) {
            return c.getText();
        } else if (w instanceof CCombo c) {
            return c.getText();
        } else if (w instanceof Link l) {
            return l.getText();
        } else if (w instanceof Group g) {
            return g.getText();
        } else if (w instanceof Decorations d) {
            return d.getText();
        } else if (w instanceof Item i) {
            return i.getText();
        }
        return null;
    }

    /**
     * @return the text as the user reads it: mnemonics ({@code &}) removed from labels, buttons, groups and
     *         items, anchors removed from links, contents of text fields unchanged; {@code null} if none
     */
    static String visible(Widget w) {
        String raw = raw(w);
        if (raw == null || w instanceof Text || w instanceof StyledText || w instanceof Combo
                || w instanceof CCombo || w instanceof Decorations) {
            return raw;
        }
        if (w instanceof MenuItem) {
            return menuLabel(raw);
        }
        if (w instanceof Link) {
            return ANCHOR.matcher(raw).replaceAll("$2");
        }
        return stripMnemonic(raw);
    }

    /** @return {@code text} without mnemonic markers: {@code "&&"} becomes {@code "&"}, a single {@code "&"} goes */
    static String stripMnemonic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
                    out.append('&');
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** @return a menu item's label: the text before the accelerator ({@code '\t'}), mnemonics removed */
    static String menuLabel(String text) {
        int tab = text.indexOf('\t');
        return stripMnemonic(tab < 0 ? text : text.substring(0, tab));
    }

    /** @return the tooltip of controls, tool items and tab items, else {@code null} */
    static String tooltip(Widget w) {
        if (w instanceof Control c) {
            return c.getToolTipText();
        } else if (w instanceof ToolItem i) {
            return i.getToolTipText();
        } else if (w instanceof CTabItem i) {
            return i.getToolTipText();
        } else if (w instanceof TabItem i) {
            return i.getToolTipText();
        }
        return null;
    }

    /** @return the {@link Bot#ID_KEY} data of the widget if it is a string, else {@code null} */
    static String id(Widget w) {
        return w.getData(Bot.ID_KEY) instanceof String id ? id : null;
    }

    /** @return the anchors of a link text: pairs of (href or text, text) */
    static List<String[]> anchors(String linkText) {
        List<String[]> result = new ArrayList<>();
        Matcher m = ANCHOR.matcher(linkText);
        while (m.find()) {
            String text = m.group(2);
            result.add(new String[] { m.group(1) != null ? m.group(1) : text, text });
        }
        return result;
    }

    /** @return e.g. {@code Button 'OK' [id=dialog.ok]}: type, visible text, id and tooltip if any */
    static String describe(Widget w) {
        if (w.isDisposed()) {
            return w.getClass().getSimpleName() + " (disposed)";
        }
        StringBuilder out = new StringBuilder(w.getClass().getSimpleName());
        String text = visible(w);
        if (text != null) {
            out.append(" '").append(abbreviate(text)).append('\'');
        }
        String id = id(w);
        if (id != null) {
            out.append(" [id=").append(id).append(']');
        }
        String tooltip = tooltip(w);
        if (tooltip != null) {
            out.append(" [tooltip='").append(abbreviate(tooltip)).append("']");
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
