package org.agentproxy.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks the services of a type, and gets the highest-ranked one only when it is asked for. A plain
 * {@link ServiceTracker} gets every service as soon as it is registered, which activates delayed DS components
 * (and the bundles behind them: for the secret store, Eclipse secure storage) at start-up; this one leaves them
 * alone until their first use, and releases what it got when a service goes away or it is closed.
 *
 * @param <S> the service type
 */
final class HighestRankedService<S> extends ServiceTracker<S, HighestRankedService.Held<S>> {

    /** A tracked service: its reference, and the service object once got. */
    static final class Held<S> {
        private final ServiceReference<S> reference;
        private S service;

        private Held(ServiceReference<S> reference) {
            this.reference = reference;
        }
    }

    HighestRankedService(BundleContext context, Class<S> type) {
        super(context, type, null);
    }

    /** The highest-ranked service (got now if it was not yet), or {@code null} when there is none. */
    S get() {
        Held<S> held = getService();
        if (held == null) {
            return null;
        }
        synchronized (held) {
            if (held.service == null) {
                held.service = context.getService(held.reference);
            }
            return held.service;
        }
    }

    @Override
    public Held<S> addingService(ServiceReference<S> reference) {
        return new Held<>(reference);
    }

    @Override
    public void removedService(ServiceReference<S> reference, Held<S> held) {
        synchronized (held) {
            if (held.service != null) {
                context.ungetService(reference);
                held.service = null;
            }
        }
    }
}
