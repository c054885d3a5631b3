package org.agentproxy.simulation.status;

/** A status report that cannot be read: names the field (a JSON path such as {@code purposes[2].via}) and why. */
public final class StatusFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public StatusFormatException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field as a JSON path ({@code facts.ip}, {@code purposes[0].outcome}); {@code ""} for the body. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
