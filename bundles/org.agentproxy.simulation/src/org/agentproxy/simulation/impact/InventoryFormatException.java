package org.agentproxy.simulation.impact;

import java.io.IOException;

/** An inventory file that cannot be read: a wrong header, a row with a bad value. Says where and why. */
public class InventoryFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String column;
    private final String reason;

    /**
     * @param line   1-based line of the file
     * @param column the column's name from the header, or empty for the line as a whole
     * @param reason what is wrong
     */
    public InventoryFormatException(int line, String column, String reason) {
        super((column.isEmpty() ? "" : column + ": ") + reason + " (line " + line + ")");
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
