package org.agentproxy.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A column of a {@link ListEditor}: its title, how to show an element's value as text, and how to change an
 * element from edited text (return the element unchanged to refuse).
 *
 * @param <T>   the element type
 * @param title the column title
 * @param width its width in pixels
 * @param text  the cell text of an element
 * @param edit  a copy of the element with the cell's new text applied
 */
public record ListColumn<T>(String title, int width, Function<T, String> text, BiFunction<T, String, T> edit) {
}
