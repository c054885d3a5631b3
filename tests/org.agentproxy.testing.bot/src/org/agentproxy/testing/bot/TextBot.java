package org.agentproxy.testing.bot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** A {@link Text} or {@link StyledText} field. */
public class TextBot extends WidgetBot<Control> {

    TextBot(Bot bot, Control text) {
        super(bot, text);
        if (!(text instanceof Text || text instanceof StyledText)) {
            throw new IllegalArgumentException("Not a Text or StyledText: " + text);
        }
    }

    /** @return the contents */
    public String getText() {
        return read(TextBot::textOf);
    }

    /** Waits until enabled, then replaces the contents; SWT fires {@code SWT.Modify} (and {@code SWT.Verify}). */
    public TextBot setText(String text) {
        waitUntilEnabled();
        act("set the text of " + this, c -> {
            if (c instanceof Text t) {
                t.setText(text);
            } else {
                ((StyledText) c).setText(text);
            }
        });
        return this;
    }

    /**
     * Waits until enabled, gives the field the focus, then for each character sends {@code SWT.KeyDown}, inserts
     * it at the caret (SWT fires {@code Verify} and {@code Modify}) and sends {@code SWT.KeyUp}. An approximation of
     * typing: no native key events, no input method.
     */
    public TextBot typeText(String text) {
        waitUntilEnabled();
        act("type into " + this, c -> {
            c.setFocus();
            for (char ch : text.toCharArray()) {
                key(c, SWT.KeyDown, ch);
                String s = String.valueOf(ch);
                if (c instanceof Text t) {
                    t.insert(s);
                } else {
                    StyledText st = (StyledText) c;
                    int caret = st.getCaretOffset();
                    st.insert(s);
                    st.setCaretOffset(caret + 1);
                }
                key(c, SWT.KeyUp, ch);
            }
        });
        return this;
    }

    /**
     * Presses Return in the field, as the keyboard does: gives it the focus and sends {@code SWT.Traverse} with
     * {@code TRAVERSE_RETURN}; unless a listener vetoed it ({@code doit = false}), the traversal happens — in a dialog
     * the default button is pressed (GTK posts that button's {@code SWT.Selection}: it arrives with the next dispatch,
     * so wait for its effect). Then the field gets {@code SWT.DefaultSelection} if it was not traversed away.
     */
    public TextBot pressReturn() {
        waitUntilEnabled();
        act("press Return in " + this, c -> {
            c.setFocus();
            Event traverse = new Event();
            traverse.detail = SWT.TRAVERSE_RETURN;
            traverse.character = SWT.CR;
            traverse.keyCode = SWT.CR;
            traverse.doit = true;
            boolean traversed = c.traverse(SWT.TRAVERSE_RETURN, traverse);
            if (!traversed && !c.isDisposed()) {
                c.notifyListeners(SWT.DefaultSelection, new Event());
            }
        });
        return this;
    }

    /** @return whether the user may edit the contents */
    public boolean isEditable() {
        return read(c -> c instanceof Text t ? t.getEditable() : ((StyledText) c).getEditable());
    }

    private static String textOf(Control c) {
        return c instanceof Text t ? t.getText() : ((StyledText) c).getText();
    }

    private static void key(Control c, int type, char ch) {
        Event event = new Event();
        event.character = ch;
        event.keyCode = ch;
        c.notifyListeners(type, event);
    }
}
