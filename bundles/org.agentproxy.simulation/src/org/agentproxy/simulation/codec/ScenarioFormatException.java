package org.agentproxy.simulation.codec;

import java.io.IOException;

/**
 * A scenario file that cannot be read: malformed JSON, an unknown format version, an unknown field, a value of the
 * wrong type or out of range. Says where (field path, line, column) and why, like the policy codec.
 */
public class ScenarioFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param field  the field path ({@code agent.ip}), or empty for the document itself
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param reason what is wrong
     */
    public ScenarioFormatException(String field, int line, int column, String reason) {
        super((field.isEmpty() ? "" : field + ": ") + reason + (line > 0 ? " (line " + line + ", column " + column
                + ")" : ""));
        this.field = field;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
