package org.agentproxy.testing.bot;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Widget;

/**
 * Widget matchers for {@link Bot#widgets(Predicate)}. They are evaluated on the UI thread by the bot; their
 * {@code toString()} describes them in failure messages. Texts are compared exactly, after removing
 * mnemonic markers ({@code &}) from labels, buttons, groups and items (not from the contents of text fields).
 */
public final class Matchers {

    private Matchers() {
    }

    /** @return matches widgets whose visible text equals {@code text} (see class comment) */
    public static Predicate<Widget> withText(String text) {
        Objects.requireNonNull(text, "text");
        return described("with text '" + text + "'",
                w -> text.equals(Texts.visible(w)) || w instanceof Link
                        && text.equals(Texts.raw(w)));
    }

    /**
     * @return matches controls whose immediately preceding sibling is a {@link Label} or {@link CLabel} with
     *         text {@code label} (mnemonics removed; a trailing ':' is significant)
     */
    public static Predicate<Widget> withLabel(String label) {
        Objects.requireNonNull(label, "label");
        return described("with label '" + label + "'", w -> {
            if (!(w instanceof Control control) || control.getParent() == null) {
                return false;
            }
            Control[] siblings = control.getParent().getChildren();
            int index = Arrays.asList(siblings).indexOf(control);
            if (index < 1) {
                return false;
            }
            Control previous = siblings[index - 1];
            return (previous instanceof Label || previous instanceof CLabel) && label.equals(Texts.visible(previous));
        });
    }

    /** @return matches widgets whose tooltip equals {@code tooltip} */
    public static Predicate<Widget> withTooltip(String tooltip) {
        Objects.requireNonNull(tooltip, "tooltip");
        return described("with tooltip '" + tooltip + "'", w -> tooltip.equals(Texts.tooltip(w)));
    }

    /** @return matches widgets tagged with {@code widget.setData(Bot.ID_KEY, id)} */
    public static Predicate<Widget> withId(String id) {
        Objects.requireNonNull(id, "id");
        return described("with id '" + id + "'", w -> id.equals(Texts.id(w)));
    }

    /** @return matches widgets that are instances of one of the types */
    @SafeVarargs
    public static Predicate<Widget> ofType(Class<? extends Widget>... types) {
        String names = Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.joining("|"));
        return described("of type " + names, w -> Arrays.stream(types).anyMatch(t -> t.isInstance(w)));
    }

    /** @return matches widgets having at least one of the style bits, e.g. {@code SWT.CHECK} */
    public static Predicate<Widget> withStyle(int anyOf, String name) {
        return described("with style " + name, w -> (w.getStyle() & anyOf) != 0);
    }

    /** @return matches widgets that all matchers match */
    @SafeVarargs
    public static Predicate<Widget> and(Predicate<? super Widget>... matchers) {
        String description = Arrays.stream(matchers).map(Object::toString).collect(Collectors.joining(" and "));
        return described(description, w -> Arrays.stream(matchers).allMatch(m -> m.test(w)));
    }

    private static Predicate<Widget> described(String description, Predicate<Widget> test) {
        return new Predicate<>() {
            @Override
            public boolean test(Widget w) {
                return !w.isDisposed() && test.test(w);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
