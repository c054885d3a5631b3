package org.agentproxy.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.FleetStatusOutput;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.eclipse.osgi.util.NLS;

/**
 * {@code agentproxy status --server URL --group G --token-file F [--state S] [--format text|json|csv]}: a group's
 * fleet status: the summary, then the agents in the chosen state (by default every agent that is not current).
 * Exit 0 when every agent is current, 4 when some are behind, not seen, failing or mismatched.
 */
public final class StatusCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "--state", "--format")); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> FORMATS = List.of("text", "json", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Supplier<FleetStatusClient> client;

    public StatusCommand() {
        this(FleetStatusClient::overHttp);
    }

    /** @param client reads the fleet status (tests pass their own) */
    public StatusCommand(Supplier<FleetStatusClient> client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "status"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return "status --server URL --group G --token-file F"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return "the fleet status: which agents are behind, not seen, failing or off their predicted paths"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return NLS.bind(Messages.StatusCommand_help, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            OptionArgs o = OptionArgs.parse(args, VALUED, Set.of("--server", "--group", "--token-file")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String state = o.get("--state") == null ? null : o.choice("--state", FleetStatus.STATES, null); //$NON-NLS-1$ //$NON-NLS-2$
            String format = o.choice("--format", FORMATS, "text"); //$NON-NLS-1$ //$NON-NLS-2$
            URI server = DeployArgs.server(o.get("--server")); //$NON-NLS-1$
            DeployArgs.tls(o, server);
            AccessToken admin = DeployArgs.token(o.get("--token-file")); //$NON-NLS-1$
            FleetStatus status = client.get().all(server, admin, o.get("--group"), state, //$NON-NLS-1$
                    new PrintingMonitor(err, "agentproxy status: ")); //$NON-NLS-1$
            List<FleetAgent> listed = state != null ? status.page() : notCurrent(status.page());
            String title = state != null ? "agents " + state : "agents not current"; //$NON-NLS-1$ //$NON-NLS-2$
            switch (format) {
                case "json" -> FleetStatusOutput.json(status, state, listed, out); //$NON-NLS-1$
                case "csv" -> FleetStatusOutput.csv(listed, out); //$NON-NLS-1$
                default -> FleetStatusOutput.text(status, title, listed, out);
            }
            out.flush();
            return status.allCurrent() ? ExitCodes.OK : ExitCodes.ATTENTION;
        } catch (UsageError e) {
            err.println("agentproxy status: " + e.getMessage() + " (see agentproxy status --help)"); //$NON-NLS-1$ //$NON-NLS-2$
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println("agentproxy status: " + e.getMessage()); //$NON-NLS-1$
            return e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            err.println("agentproxy status: " + e.getMessage()); //$NON-NLS-1$
            return ExitCodes.FAILURE;
        }
    }

    private static List<FleetAgent> notCurrent(List<FleetAgent> agents) {
        List<FleetAgent> listed = new ArrayList<>();
        for (FleetAgent a : agents) {
            if (!a.states().equals(List.of("current"))) { //$NON-NLS-1$
                listed.add(a);
            }
        }
        return listed;
    }
}
