package org.agentproxy.connection;

/**
 * A section of a policy that cannot be tested as it is: no proxy host, no port, no target. Names the field.
 */
public class SectionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the field path, e.g. {@code internalAgents.server.host}
     * @param reason what is missing, for a person
     */
    public SectionException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The field path to highlight. */
    public String field() {
        return field;
    }
}
