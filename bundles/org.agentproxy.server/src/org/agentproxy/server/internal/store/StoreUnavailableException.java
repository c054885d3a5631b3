package org.agentproxy.server.internal.store;

import java.io.IOException;

/**
 * The store cannot be reached (the database is down or unreachable): nothing was written. The HTTP layer answers
 * 503 {@code store-unavailable} with {@code Retry-After}; agents go on getting what the server holds in memory.
 */
public class StoreUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
