package org.agentproxy.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.Cli;
import org.agentproxy.cli.DeployCommand;
import org.agentproxy.cli.FeaturesCommand;
import org.agentproxy.cli.GroupsCommand;
import org.agentproxy.cli.HistoryCommand;
import org.agentproxy.cli.ImpactCommand;
import org.agentproxy.cli.PluginsCommand;
import org.agentproxy.cli.RollbackCommand;
import org.agentproxy.cli.ServerCommand;
import org.agentproxy.cli.StatusCommand;
import org.agentproxy.cli.SimulateCommand;
import org.agentproxy.cli.TestConnectionCommand;
import org.agentproxy.cli.ValidateCommand;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.policy.internal.product.ProductVersion;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind the {@code agentproxy} script; its result is the process exit code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        // Equinox creates applications, not SCR: the one service got here is the DS component with the commands'
        // references, released when the command is done
        ServiceCaller<CliServices> caller = new ServiceCaller<>(CliApplication.class, CliServices.class);
        try {
            CliServices services = caller.current().orElseThrow(() -> new IllegalStateException(
                    "no CliServices component: is org.apache.felix.scr installed and started?")); //$NON-NLS-1$
            Cli cli = cli(version(), services);
            int code = cli.run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
            System.out.flush();
            return code;
        } finally {
            caller.unget();
        }
    }

    /**
     * The product's command line: every command, over the services of {@code services} (asked for only when a
     * command runs: the manual pages' build step passes {@code null} and never runs one).
     */
    public static Cli cli(String version, CliServices services) {
        // one supplier per service, not one per command: each lambda is a class spun at its first use (issue 15)
        Supplier<FeatureRegistry> features = () -> services.features();
        Supplier<DeploymentService> deployment = () -> services.deployment();
        return new Cli(version, List.of(new ValidateCommand(features), new TestConnectionCommand(),
                new SimulateCommand(features), new ImpactCommand(features), new FeaturesCommand(features),
                new DeployCommand(deployment), new RollbackCommand(deployment), new HistoryCommand(deployment),
                new GroupsCommand(() -> services.groups()), new AgentsCommand(), new StatusCommand(), new ServerCommand(),
                new PluginsCommand()));
    }

    @Override
    public void stop() {
        // runs to completion; nothing to interrupt
    }

    /** The product's version, the same as the About dialog's (not this bundle's, which moves with its API). */
    public static String version() {
        return ProductVersion.get();
    }
}
