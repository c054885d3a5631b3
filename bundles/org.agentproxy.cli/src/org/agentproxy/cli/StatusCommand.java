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

/**
 * {@code agentproxy status --server URL --group G --token-file F [--state S] [--format text|json|csv]}: a group's
 * fleet status: the summary, then the agents in the chosen state (by default every agent that is not current).
 * Exit 0 when every agent is current, 4 when some are behind, not seen, failing or mismatched.
 */
public final class StatusCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file",
            "--state", "--format"));
    private static final List<String> FORMATS = List.of("text", "json", "csv");

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
        return "status";
    }

    @Override
    public String synopsis() {
        return "status --server URL --group G --token-file F";
    }

    @Override
    public String summary() {
        return "the fleet status: which agents are behind, not seen, failing or off their predicted paths";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy status --server URL --group NAME --token-file FILE
                                         [--state current|behind|not-seen|failing|mismatch] [--format text|json|csv]
                                         [--server-fingerprint SHA256] [--tls-client-cert F --tls-client-key F]

                Prints the group's fleet status as its agents report it: how many agents hold each version, how
                many are in each state, then the agents in --state (default: every agent that is not current).
                A mismatched agent is one whose observed path for a purpose differs from the path the path engine
                predicts for the version it applied and the facts it reported: both are printed, with the rule
                that predicted the other one. --format json prints one document; csv one row per agent and
                mismatched purpose. The admin token comes from --token-file (docs/fleet-status.md).

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 every agent current, 4 some agents behind, not seen, failing or mismatched, 2 bad
                input (bad option, unknown group), 1 other failure (server unreachable, refused token).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            OptionArgs o = OptionArgs.parse(args, VALUED, Set.of("--server", "--group", "--token-file"));
            String state = o.get("--state") == null ? null : o.choice("--state", FleetStatus.STATES, null);
            String format = o.choice("--format", FORMATS, "text");
            URI server = DeployArgs.server(o.get("--server"));
            DeployArgs.tls(o, server);
            AccessToken admin = DeployArgs.token(o.get("--token-file"));
            FleetStatus status = client.get().all(server, admin, o.get("--group"), state,
                    new PrintingMonitor(err, "agentproxy status: "));
            List<FleetAgent> listed = state != null ? status.page() : notCurrent(status.page());
            String title = state != null ? "agents " + state : "agents not current";
            switch (format) {
                case "json" -> FleetStatusOutput.json(status, state, listed, out);
                case "csv" -> FleetStatusOutput.csv(listed, out);
                default -> FleetStatusOutput.text(status, title, listed, out);
            }
            out.flush();
            return status.allCurrent() ? ExitCodes.OK : ExitCodes.ATTENTION;
        } catch (UsageError e) {
            err.println("agentproxy status: " + e.getMessage() + " (see agentproxy status --help)");
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println("agentproxy status: " + e.getMessage());
            return e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            err.println("agentproxy status: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static List<FleetAgent> notCurrent(List<FleetAgent> agents) {
        List<FleetAgent> listed = new ArrayList<>();
        for (FleetAgent a : agents) {
            if (!a.states().equals(List.of("current"))) {
                listed.add(a);
            }
        }
        return listed;
    }
}
