package org.agentproxy.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads, on a thread of its own, the classes the UI thread is about to need on the way to the first window, in the
 * order a training run of the product loaded them (issue 15, docs/architecture.md "Start-up"): the start is bound to
 * the UI thread while the second core is mostly idle, and a class defined here is one the UI thread finds defined.
 * <p>
 * The list ({@code lib/aot/studio.classes}, written by the product build) has one class a line: its name and where
 * it came from, {@code jrt:/<module>} for the JDK's or {@code plugins/<bundle file>} for a bundle's. Classes are
 * only loaded, never initialised ({@code Class.forName(name, false, loader)}), through the class loader of the bundle
 * that defines them. Loading a class of a bundle that waits for lazy activation would activate it on this thread, so
 * the classes of such a bundle are put aside, and the preloader goes on with the others, until the UI thread has
 * activated it (then they are loaded first; at the end of the list it waits at most {@link #ACTIVATION_WAIT_MS} for
 * the rest): activation order and thread stay those of a start without the preloader. A class the list names and this run
 * does not have is skipped; the preloader never fails the start.
 */
final class ClassPreloader implements Runnable, SynchronousBundleListener {

    /** How long the preloader waits, at the end of the list, for the UI thread to activate the lazy bundles left. */
    static final long ACTIVATION_WAIT_MS = 3_000;

    /** Packages never loaded ahead: the smoke test checks that none of them is loaded at start (the server's). */
    private static final List<String> NEVER = List.of("org.eclipse.elk.", "org.eclipse.swtchart.", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.jetty.", "org.apache.aries.spifly.", "org.objectweb.asm.", "org.postgresql.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "com.zaxxer."); //$NON-NLS-1$

    private final BundleContext context;
    private final Path list;
    private final String from;
    private final Object activation = new Object();
    /** The classes of lazily started bundles not yet activated, in the list's order. */
    private final Map<Bundle, List<String>> pending = new LinkedHashMap<>();
    /** Set when a bundle has started or stopped since {@link #loadActivated()} last looked. */
    private volatile boolean changed;

    private ClassPreloader(BundleContext context, Path list, String from) {
        this.context = context;
        this.list = list;
        this.from = from;
    }

    /**
     * Starts the preloader when the product has a class list.
     *
     * @param context the studio's bundle context
     * @param list the class list
     * @param from the first class to load ahead: the classes listed before it are already loaded
     */
    static void start(BundleContext context, Path list, String from) {
        if (context == null || !Files.isRegularFile(list)) {
            return;
        }
        Thread thread = new Thread(new ClassPreloader(context, list, from), "Agent Proxy Studio class preloader"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        context.addBundleListener(this);
        try {
            preload();
        } catch (IOException | RuntimeException e) {
            // an optimisation only: the UI thread loads whatever is left
        } finally {
            try {
                context.removeBundleListener(this);
            } catch (IllegalStateException e) {
                // the framework stopped first
            }
        }
    }

    private void preload() throws IOException {
        Map<String, Bundle> bundles = bundlesByFile();
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        boolean started = from == null;
        try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                if (changed) {
                    loadActivated();
                }
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                String name = line.substring(0, space);
                String source = line.substring(space + 1).trim();
                if (!started) {
                    started = name.equals(from);
                    continue;
                }
                if (NEVER.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                if (source.startsWith("jrt:/")) { //$NON-NLS-1$
                    load(name, jdk);
                    continue;
                }
                Bundle bundle = bundles.get(fileName(source));
                if (bundle == null) {
                    continue;
                }
                if (bundle.getState() == Bundle.STARTING) { // lazy: not loaded here before the UI thread activates it
                    pending.computeIfAbsent(bundle, b -> new ArrayList<>()).add(name);
                } else {
                    load(name, bundle);
                }
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ACTIVATION_WAIT_MS);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            synchronized (activation) {
                if (!changed) {
                    try {
                        activation.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            loadActivated();
        }
    }

    /** Loads the classes put aside of the bundles that are no longer waiting for their activation. */
    private void loadActivated() {
        changed = false;
        for (var i = pending.entrySet().iterator(); i.hasNext();) {
            var entry = i.next();
            if (entry.getKey().getState() != Bundle.STARTING) {
                i.remove();
                for (String name : entry.getValue()) {
                    load(name, entry.getKey());
                }
            }
        }
    }

    private static boolean load(String name, Bundle bundle) {
        if ((bundle.getState() & (Bundle.RESOLVED | Bundle.ACTIVE)) == 0) {
            return false;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        return loader != null && load(name, loader);
    }

    private static boolean load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // not in this run (another version, a class only the training run had): the UI thread decides
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.STOPPED) {
            synchronized (activation) {
                changed = true;
                activation.notifyAll();
            }
        }
    }

    /** The bundles by the file name of their location ("org.eclipse.swt_3.131.0.v2025.jar"); fragments as their host. */
    private Map<String, Bundle> bundlesByFile() {
        Map<String, Bundle> byFile = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            Bundle owner = bundle;
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                List<BundleWire> hosts = wiring == null ? List.of() : wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
                if (hosts.isEmpty()) {
                    continue;
                }
                owner = hosts.get(0).getProvider().getBundle();
            }
            byFile.put(fileName(bundle.getLocation()), owner);
        }
        return byFile;
    }

    private static String fileName(String location) {
        String path = location.endsWith("/") ? location.substring(0, location.length() - 1) : location; //$NON-NLS-1$
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
