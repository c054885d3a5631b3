package org.agentproxy.server;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGTERM and SIGINT stop the server like {@link ServerLauncher#stop}: requests in progress finish, the data
 * directory is released and the process exits 0 — instead of the JVM's default (shutdown hooks, exit 143 or 130).
 * Uses {@code sun.misc.Signal} (module jdk.unsupported) by reflection; where it is missing, the JVM's default
 * stands (Jetty's shutdown hook still stops the server). {@link #close} restores the previous handlers.
 */
final class StopSignals implements AutoCloseable {

    private static final String[] SIGNALS = {"TERM", "INT"};

    /** The previous handler per signal, to restore. */
    private final List<Object[]> previous;

    private StopSignals(List<Object[]> previous) {
        this.previous = previous;
    }

    static StopSignals install(Runnable stop) {
        List<Object[]> previous = new ArrayList<>();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handler);
            Object onSignal = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            // not on the signal thread: stopping waits for requests in progress
                            Thread stopper = new Thread(stop, "agentproxy-server-stop");
                            stopper.start();
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "agentproxy server stop";
                        };
                    });
            for (String name : SIGNALS) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                previous.add(new Object[] {sig, handle.invoke(null, sig, onSignal)});
            }
            return new StopSignals(previous);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // no sun.misc.Signal here (or the signal is reserved, e.g. INT under -Xrs): the JVM's default stands
            return new StopSignals(previous);
        }
    }

    @Override
    public void close() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Method handle = signal.getMethod("handle", signal, Class.forName("sun.misc.SignalHandler"));
            for (Object[] p : previous) {
                handle.invoke(null, p[0], p[1]);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // nothing was installed, or the JVM is going down anyway
        }
    }
}
