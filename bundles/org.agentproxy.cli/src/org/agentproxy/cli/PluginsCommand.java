package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.DropinPlugins;

/**
 * {@code agentproxy plugins}: the plug-ins installed into this studio from its {@code dropins/} folder, each with
 * its OSGi state and the Smart Protection features it registered. Administrators check an installation with it;
 * the product's install test uses it.
 */
@picocli.CommandLine.Command(name = "plugins")
public final class PluginsCommand implements Command {

    /**
     * One plug-in installed from the dropins folder.
     *
     * @param symbolicName the bundle's symbolic name
     * @param version      the bundle's version
     * @param state        {@code INSTALLED} (not resolved: a requirement is missing), {@code RESOLVED},
     *                     {@code STARTING} (lazy: activates on first use), {@code ACTIVE} or {@code STOPPING}
     * @param location     where the bundle is read from
     * @param features     the Smart Protection features it registered: "id (name), purpose P, routing R"
     */
    public record Plugin(String symbolicName, String version, String state, String location, List<String> features) {
    }

    /**
     * What is installed from a dropins folder.
     *
     * @param dropins      the folder
     * @param plugins      the bundles read from it, by symbolic name
     * @param notInstalled the jars and folders in it that p2 did not install (a requirement is missing from the
     *                     studio, or they hold no bundle), by name
     */
    public record Installed(Path dropins, List<Plugin> plugins, List<Path> notInstalled) {
    }

    private final Supplier<Installed> installed;

    public PluginsCommand() {
        this(DropinPlugins::ofThisStudio);
    }

    /** @param installed what is installed (tests pass their own) */
    public PluginsCommand(Supplier<Installed> installed) {
        this.installed = installed;
    }





    @Override
    public int call(PrintStream out, PrintStream err) {
        Installed now = installed.get();
        if (now.plugins().isEmpty()) {
            out.println(NLS.bind(Messages.PluginsCommand_noPlugInsInstalledFrom, now.dropins()));
        } else {
            out.println(NLS.bind(Messages.PluginsCommand_plugInsInstalledFrom0, now.dropins()));
        }
        now.plugins().forEach(plugin -> print(plugin, out));
        if (now.notInstalled().isEmpty()) {
            return ExitCodes.OK;
        }
        out.println(Messages.PluginsCommand_notInstalledABundleOr);
        now.notInstalled().forEach(path -> out.println("  " + path)); //$NON-NLS-1$
        return ExitCodes.FAILURE;
    }

    private static void print(Plugin plugin, PrintStream out) {
        out.println("  " + plugin.symbolicName() + " " + plugin.version() + " " + plugin.state() + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + plugin.location());
        if (plugin.state().equals("INSTALLED")) { //$NON-NLS-1$
            out.println(Messages.PluginsCommand_notResolvedABundleOr);
        }
        for (String feature : plugin.features()) {
            out.println(NLS.bind(Messages.PluginsCommand_smartProtectionFeature0, feature));
        }
    }
}
