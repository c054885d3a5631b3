package org.agentproxy.smartprotection;

import java.util.Arrays;
import java.util.Optional;

/**
 * How agents reach a feature's Smart Protection sources.
 *
 * @since 0.1.0
 */
public enum Routing {

    /** Through the Global Smart Protection Service proxy to the integrated SPS, else the SPN (rule R5). */
    GLOBAL_PROXY("global-proxy"), //$NON-NLS-1$
    /** Through the Smart Protection Server lists and the internal proxy's SPS section (rule R3). */
    SPS_LISTS("sps-lists"); //$NON-NLS-1$

    private final String id;

    Routing(String id) {
        this.id = id;
    }

    /** The value of the {@code routing} attribute. */
    public String id() {
        return id;
    }

    /** The routing whose {@link #id()} is {@code value}, if any. */
    public static Optional<Routing> of(String value) {
        return Arrays.stream(values()).filter(r -> r.id.equals(value)).findFirst();
    }
}
