package org.agentproxy.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.UntrustedServerException;
import org.agentproxy.deployment.fleet.AgentFleet;
import org.agentproxy.deployment.fleet.Convergence;
import org.agentproxy.deployment.fleet.FleetStats;

/**
 * {@code agentproxy agents --server URL --group NAME --count N --interval S}: N simulated agents poll the group's
 * policy with {@code If-None-Match}; reports how long the fleet takes to converge on each new version.
 */
public final class AgentsCommand implements Command {

    /** The environment variable that may hold the agent token instead of a file. */
    public static final String TOKEN_VARIABLE = "AGENTPROXY_AGENT_TOKEN";
    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--count", "--interval", "--token-file",
            "--versions", "--timeout"));

    private final Function<String, String> environment;

    public AgentsCommand() {
        this(System::getenv);
    }

    /** @param environment looks up {@value #TOKEN_VARIABLE} (tests pass their own) */
    public AgentsCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "agents";
    }

    @Override
    public String synopsis() {
        return "agents --server URL --group G --count N";
    }

    @Override
    public String summary() {
        return "simulate N polling agents; time their convergence";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy agents --server URL[,URL...] --group NAME --count N --interval SECONDS
                                         [--token-file FILE] [--versions K] [--timeout SECONDS]
                                         [--server-fingerprint SHA256] [--tls-client-cert F --tls-client-key F]

                Starts N simulated agents that poll the group's policy every interval, as real agents do:
                with If-None-Match, keeping the document and ETag they got (start times spread over one
                interval). Once every agent holds the current version it says so; then, for each of the next
                K (default 1) new versions deployed, it reports how long after the deploy the first and the
                last agent had it. The agent token comes from --token-file or $AGENTPROXY_AGENT_TOKEN.
                An https:// server is trusted as described under --server-fingerprint below.

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 converged, 2 bad input, 1 not converged within the time-out (default 600 s).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            OptionArgs o = OptionArgs.parse(args, VALUED, Set.of("--server", "--group", "--count", "--interval"));
            int count = (int) DeployArgs.number("--count", o.get("--count"), 1, 1);
            double interval = seconds("--interval", o.get("--interval"));
            int versions = (int) DeployArgs.number("--versions", o.get("--versions"), 1, 1);
            Duration timeout = Duration.ofMillis((long) (seconds("--timeout", o.get("--timeout") == null ? "600"
                    : o.get("--timeout")) * 1000));
            AccessToken token = token(o.get("--token-file"));
            List<URI> servers = new ArrayList<>();
            for (String url : o.get("--server").split(",", -1)) {
                servers.add(DeployArgs.server(url.strip()));
            }
            DeployArgs.tls(o, servers.get(0));
            try (AgentFleet fleet = new AgentFleet(servers, o.get("--group"), token, count,
                    Duration.ofMillis((long) (interval * 1000)))) {
                fleet.checkTrusted();
                return simulate(fleet, o.get("--group"), versions, timeout, out);
            }
        } catch (UntrustedServerException e) {
            err.println("agentproxy agents: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (UsageError e) {
            err.println("agentproxy agents: " + e.getMessage() + " (see agentproxy agents --help)");
            return ExitCodes.INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }

    private static int simulate(AgentFleet fleet, String group, int versions, Duration timeout, PrintStream out)
            throws InterruptedException {
        fleet.start();
        long current = fleet.awaitFirstPolls(timeout);
        out.println("agents: all " + fleet.size() + " agents polled group " + group + "; they hold version " + current
                + "; waiting for a new version");
        out.flush();
        for (int i = 0; i < versions; i++) {
            Convergence c = fleet.awaitVersionAbove(current, timeout);
            FleetStats s = fleet.stats();
            out.println(describe(c) + " (polls so far: " + s.polls() + ", 200: " + s.ok() + ", 304: "
                    + s.notModified() + ", failed: " + s.errors() + (s.deferred() == 0 ? "" : ", deferred by the "
                            + "simulator's in-flight limit: " + s.deferred()) + (s.lastError() == null ? ""
                                    : ", last failure: " + s.lastError()) + ")");
            out.flush();
            if (!c.converged()) {
                return ExitCodes.FAILURE;
            }
            current = c.version();
        }
        return ExitCodes.OK;
    }

    private static String describe(Convergence c) {
        if (c.deployedAt() == null) {
            return "agents: no new version within the time-out";
        }
        String head = "agents: version " + c.version() + " (deployed " + c.deployedAt() + "): ";
        return c.converged()
                ? head + "first agent after " + c.firstAgent().toMillis() + " ms, all " + c.count() + " agents after "
                        + c.allAgents().toMillis() + " ms"
                : head + "only " + c.agents() + " of " + c.count() + " agents had it after "
                        + c.allAgents().toMillis() + " ms";
    }

    private AccessToken token(String file) throws UsageError {
        if (file != null) {
            return DeployArgs.token(file);
        }
        String value = environment.apply(TOKEN_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new UsageError("an agent token is needed: --token-file FILE or $" + TOKEN_VARIABLE);
        }
        try {
            return new AccessToken(value.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageError("$" + TOKEN_VARIABLE + ": " + e.getMessage());
        }
    }

    private static double seconds(String option, String value) throws UsageError {
        try {
            double s = Double.parseDouble(value);
            if (s > 0 && s <= 86_400) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError(option + " must be a number of seconds > 0, not \"" + value + "\"");
    }
}
