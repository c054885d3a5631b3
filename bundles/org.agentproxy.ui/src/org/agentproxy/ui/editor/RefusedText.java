package org.agentproxy.ui.editor;

import org.eclipse.swt.widgets.Control;

/**
 * Text a field shows that the policy does not hold: it was refused on entry (letters in a port), so the policy
 * keeps its previous value. Saving or deploying then would write something other than what the screen shows: the
 * editor asks first ({@code FieldBinder#refusedTexts()}).
 *
 * @param label   the field's label without its colon, e.g. {@code Port}
 * @param section the title of the section that holds the field, or empty
 * @param path    the field path, e.g. {@code internalAgents.server.port}
 * @param shown   the text the field shows
 * @param reason  why it was refused, e.g. {@code Port must be a whole number, not "80a"}
 * @param held    the policy's value of the field as the field would show it (empty: not set)
 * @param control the field
 * @since 0.3.0
 */
public record RefusedText(String label, String section, String path, String shown, String reason, String held,
        Control control) {

    /** {@code Section › Label}, or the label alone. */
    public String place() {
        return section.isEmpty() ? label : section + " › " + label; //$NON-NLS-1$
    }
}
