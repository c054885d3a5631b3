package org.agentproxy.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A column of a {@link ListEditor}: its title, how to show an element's value as text, and how to change an
 * element from edited text. To refuse a text, {@code edit} throws an {@link IllegalArgumentException} whose message
 * says why, naming the column (e.g. {@code Port must be a whole number, not "80a"}): nothing is applied and the
 * page's status line shows the list, the row and that message. Returning the element unchanged applies nothing,
 * silently.
 *
 * @param <T>   the element type
 * @param title the column title
 * @param width its width in pixels
 * @param text  the cell text of an element
 * @param edit  a copy of the element with the cell's new text applied; throws {@link IllegalArgumentException} to
 *              refuse the text, with the reason as its message
 */
public record ListColumn<T>(String title, int width, Function<T, String> text, BiFunction<T, String, T> edit) {
}
