package org.agentproxy.smartprotection.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Calls into code that a plug-in contributed (a feature's validator, a provider, a change listener) through
 * Equinox's {@link SafeRunner}: what it throws — an exception, a linkage error, an assertion — is caught, logged with
 * the contributing bundle, and reported to the caller, which disables the contribution. No workbench needed.
 */
public final class Contributed {

    private Contributed() {
    }

    /**
     * The result of {@code call}, or {@code null} when it threw or returned {@code null}; then {@code log} gets a line
     * naming {@code bundle}, {@code what} was called and what it threw, and {@code onFailure} runs.
     */
    public static <T> T call(String bundle, String what, Supplier<T> call, Consumer<String> log, Runnable onFailure) {
        Object[] result = new Object[1];
        boolean[] failed = new boolean[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                result[0] = call.get();
            }

            @Override
            public void handleException(Throwable e) {
                failed[0] = true;
                log.accept("The plug-in " + bundle + " failed in " + what + " (" + e.getClass().getName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): it is disabled until it is " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "installed again; the studio goes on without it"); //$NON-NLS-1$
            }
        });
        if (!failed[0] && result[0] == null) {
            failed[0] = true;
            log.accept("The plug-in " + bundle + " returned nothing from " + what //$NON-NLS-1$ //$NON-NLS-2$
                    + ": it is disabled until it is installed again; the studio goes on without it"); //$NON-NLS-1$
        }
        if (failed[0]) {
            onFailure.run();
            return null;
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Runs {@code call} like {@link #call}; {@code true} when it returned normally. */
    public static boolean run(String bundle, String what, Runnable call, Consumer<String> log, Runnable onFailure) {
        return call(bundle, what, () -> {
            call.run();
            return Boolean.TRUE;
        }, log, onFailure) != null;
    }

    /** The symbolic name of the bundle whose class loader defined {@code object}'s class, or its class name. */
    public static String bundleOf(Object object) {
        Bundle bundle = FrameworkUtil.getBundle(object.getClass());
        return bundle != null ? bundle.getSymbolicName() : object.getClass().getName();
    }
}
