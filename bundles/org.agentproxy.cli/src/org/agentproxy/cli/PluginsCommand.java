package org.agentproxy.cli;

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
    public String name() {
        return "plugins";
    }

    @Override
    public String synopsis() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list the plug-ins installed from the dropins folder, their state and features";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy plugins

                Lists the plug-ins installed from the studio's dropins folder (docs/extending.md, "Installing a
                plug-in into an installed studio"): symbolic name, version, OSGi state and location, then the
                Smart Protection features each one registered. The state is RESOLVED or STARTING (a lazy bundle,
                activated on first use) or ACTIVE when the plug-in works; INSTALLED means a bundle it requires
                is missing (the log in <workspace>/.metadata/.log or configuration/*.log says which).

                The studio installs what is in dropins/ when it starts, the command line included: this
                command shows the result of that. A jar or folder in dropins/ that p2 did not install is listed
                as not installed: p2 installs only what resolves against the studio's bundles, so a plug-in that
                requires a bundle or package the studio lacks stays out (or it holds no OSGi bundle).

                Exit codes: 0 listed (also when there is none), 1 something in dropins/ is not installed,
                2 bad argument.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("agentproxy plugins: unexpected argument \"" + args.get(0) + "\" (the command takes none)");
            return ExitCodes.INVALID;
        }
        Installed now = installed.get();
        if (now.plugins().isEmpty()) {
            out.println("No plug-ins installed from " + now.dropins());
        } else {
            out.println("Plug-ins installed from " + now.dropins() + ":");
        }
        now.plugins().forEach(plugin -> print(plugin, out));
        if (now.notInstalled().isEmpty()) {
            return ExitCodes.OK;
        }
        out.println("Not installed (a bundle or package it requires is missing from the studio, or it is no "
                + "OSGi bundle):");
        now.notInstalled().forEach(path -> out.println("  " + path));
        return ExitCodes.FAILURE;
    }

    private static void print(Plugin plugin, PrintStream out) {
        out.println("  " + plugin.symbolicName() + " " + plugin.version() + " " + plugin.state() + "  "
                + plugin.location());
        if (plugin.state().equals("INSTALLED")) {
            out.println("      not resolved: a bundle or package it requires is missing");
        }
        for (String feature : plugin.features()) {
            out.println("      Smart Protection feature " + feature);
        }
    }
}
