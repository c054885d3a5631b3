package org.agentproxy.simulation.internal.impact;

/** A value of an inventory row that is not acceptable: the column and the reason. */
public final class BadValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;

    public BadValue(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
