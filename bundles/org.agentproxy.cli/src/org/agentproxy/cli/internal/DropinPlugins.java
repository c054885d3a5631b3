package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.agentproxy.cli.PluginsCommand.Installed;
import org.agentproxy.cli.PluginsCommand.Plugin;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The bundles of the running studio that p2's dropins reconciler installed from the dropins folder. */
public final class DropinPlugins {

    /** The reconciler's own property naming the folder; without it, {@code dropins/} of the installation. */
    public static final String DROPINS_PROPERTY = "org.eclipse.equinox.p2.reconciler.dropins.directory"; //$NON-NLS-1$

    private DropinPlugins() {
    }

    /** What is installed from this studio's dropins folder. */
    public static Installed ofThisStudio() {
        Bundle self = FrameworkUtil.getBundle(DropinPlugins.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("listing plug-ins needs the OSGi runtime of the product"); //$NON-NLS-1$
        }
        Path dropins = dropinsFolder(context);
        List<Plugin> plugins = list(context, dropins, FeatureRegistry.platform());
        return new Installed(dropins, plugins, notInstalled(dropins, plugins));
    }

    /**
     * The jars and folders directly in {@code dropins} that hold none of {@code plugins} (p2 did not install them),
     * by name; none when the folder does not exist.
     */
    public static List<Path> notInstalled(Path dropins, List<Plugin> plugins) {
        if (!Files.isDirectory(dropins)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dropins)) {
            return entries.filter(entry -> Files.isDirectory(entry) || entry.toString().endsWith(".jar")) //$NON-NLS-1$
                    .filter(entry -> plugins.stream().noneMatch(p -> Path.of(p.location()).startsWith(entry)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.DropinPlugins_cannotList01, dropins, e.getMessage()), e);
        }
    }

    /** The plug-ins whose bundle is read from under {@code dropins}, by symbolic name, with their features. */
    public static List<Plugin> list(BundleContext context, Path dropins, FeatureRegistry registry) {
        Path install = installFolder(context);
        List<Plugin> plugins = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            Optional<Path> file = file(bundle.getLocation(), install);
            if (file.isEmpty() || !file.get().startsWith(dropins) || bundle.getSymbolicName() == null) {
                continue;
            }
            List<String> features = registry.features().stream()
                    .filter(f -> f.contributor().equals(bundle.getSymbolicName())).map(DropinPlugins::describe)
                    .toList();
            plugins.add(new Plugin(bundle.getSymbolicName(), bundle.getVersion().toString(), state(bundle.getState()),
                    file.get().toString(), features));
        }
        plugins.sort(Comparator.comparing(Plugin::symbolicName));
        return plugins;
    }

    private static Path dropinsFolder(BundleContext context) {
        String configured = context.getProperty(DROPINS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return installFolder(context).resolve("dropins"); //$NON-NLS-1$
    }

    private static Path installFolder(BundleContext context) {
        String install = context.getProperty("osgi.install.area"); //$NON-NLS-1$
        Path cwd = Path.of("").toAbsolutePath(); //$NON-NLS-1$
        return (install == null ? Optional.<Path>empty() : file(install, cwd)).orElseThrow(
                () -> new IllegalStateException("the studio's installation folder is unknown (osgi.install.area)")); //$NON-NLS-1$
    }

    /**
     * The file a bundle location or area URL names ({@code reference:file:/…}, {@code file:/…}), if any; a relative
     * one ({@code reference:file:dropins/x.jar}, as p2 writes them into bundles.info) is relative to {@code base}.
     */
    static Optional<Path> file(String location, Path base) {
        int at = location.indexOf("file:"); //$NON-NLS-1$
        if (at < 0) {
            return Optional.empty();
        }
        String spec = location.substring(at);
        try {
            URI uri = new URI(spec.replace(" ", "%20")); //$NON-NLS-1$ //$NON-NLS-2$
            if (!uri.isOpaque()) {
                return Optional.of(Path.of(uri).toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a URI: read as a path below
        }
        return Optional.of(base.resolve(spec.substring("file:".length())).toAbsolutePath().normalize()); //$NON-NLS-1$
    }

    private static String describe(SmartProtectionFeature feature) {
        return NLS.bind(Messages.DropinPlugins_01Purpose2Routing, new Object[] { feature.id(), feature.name(), feature.purpose(), feature.routing().id() });
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED"; //$NON-NLS-1$
            case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
            case Bundle.STARTING -> "STARTING"; //$NON-NLS-1$
            case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
            case Bundle.STOPPING -> "STOPPING"; //$NON-NLS-1$
            default -> "UNINSTALLED"; //$NON-NLS-1$
        };
    }
}
