package org.agentproxy.policy.codec;

import java.io.IOException;

/**
 * A policy file that cannot be read: malformed JSON, an unknown format version, an unknown field, a value of
 * the wrong type. Says where (line, column, field path) and why.
 */
public class PolicyFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param field  the field path ({@code internalAgents.server.port}), or empty for the document itself
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param reason what is wrong
     */
    public PolicyFormatException(String field, int line, int column, String reason) {
        super(describe(field, line, column, reason));
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

    private static String describe(String field, int line, int column, String reason) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return (field.isEmpty() ? "" : field + ": ") + reason + where;
    }
}
