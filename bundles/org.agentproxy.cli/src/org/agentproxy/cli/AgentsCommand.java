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
import org.agentproxy.deployment.fleet.FleetReporting;
import org.agentproxy.deployment.fleet.FleetStats;

/**
 * {@code agentproxy agents --server URL --group NAME --count N --interval S}: N simulated agents poll the group's
 * policy with {@code If-None-Match}; reports how long the fleet takes to converge on each new version.
 */
public final class AgentsCommand implements Command {

    /** The environment variable that may hold the agent token instead of a file. */
    public static final String TOKEN_VARIABLE = "AGENTPROXY_AGENT_TOKEN";
    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--count", "--interval", "--token-file",
            "--versions", "--timeout", "--report-interval", "--fail", "--detour"));

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
        return "simulate N polling agents that report their status; time their convergence";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy agents --server URL[,URL...] --group NAME --count N --interval SECONDS
                                         [--token-file FILE] [--versions K] [--timeout SECONDS]
                                         [--report-interval SECONDS | --no-reports]
                                         [--fail PURPOSE:FRACTION,...] [--detour PURPOSE:FRACTION,...]
                                         [--server-fingerprint SHA256] [--tls-client-cert F --tls-client-key F]

                Starts N simulated agents that poll the group's policy every interval, as real agents do:
                with If-None-Match, keeping the document and ETag they got (start times spread over one
                interval). Once every agent holds the current version it says so; then, for each of the next
                K (default 1) new versions deployed, it reports how long after the deploy the first and the
                last agent had it. With --versions 0 it waits instead until every agent's status report was
                stored, and ends. The agent token comes from --token-file or $AGENTPROXY_AGENT_TOKEN.

                Status reports (docs/fleet-status.md): after a poll each agent reports, at most every
                --report-interval (default 60 s), the version it holds and, per purpose, the path the path
                engine gives it for that policy and its facts (address 10.x.y.z from its number, gateway
                10.x.y.1, domain Fleet); its polls carry its id (agent-000042). --fail file-reputation:5% makes
                5 % of the agents (spread evenly) report that purpose failed on its predicted path; --detour
                makes them report it succeeded another way (directly instead of through the proxy, or through
                another proxy) - the server lists those as mismatched. --no-reports: polls only.
                An https:// server is trusted as described under --server-fingerprint below.

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 converged, 2 bad input, 1 not converged within the time-out (default 600 s).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            List<String> flags = new java.util.ArrayList<>();
            List<String> rest = DeployArgs.withoutFlags(args, List.of("--no-reports"), flags);
            boolean noReports = flags.contains("--no-reports");
            OptionArgs o = OptionArgs.parse(rest, VALUED, Set.of("--server", "--group", "--count", "--interval"));
            int count = (int) DeployArgs.number("--count", o.get("--count"), 1, 1);
            double interval = seconds("--interval", o.get("--interval"));
            int versions = (int) DeployArgs.number("--versions", o.get("--versions"), 0, 1);
            FleetReporting reporting = noReports ? null : reporting(o);
            if (reporting == null && versions == 0) {
                throw new UsageError("--versions 0 waits for status reports: not with --no-reports");
            }
            Duration timeout = Duration.ofMillis((long) (seconds("--timeout", o.get("--timeout") == null ? "600"
                    : o.get("--timeout")) * 1000));
            AccessToken token = token(o.get("--token-file"));
            List<URI> servers = new ArrayList<>();
            for (String url : o.get("--server").split(",", -1)) {
                servers.add(DeployArgs.server(url.strip()));
            }
            DeployArgs.tls(o, servers.get(0));
            try (AgentFleet fleet = new AgentFleet(servers, o.get("--group"), token, count,
                    Duration.ofMillis((long) (interval * 1000)), reporting)) {
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
        if (versions == 0) {
            out.println("agents: all " + fleet.size() + " agents polled group " + group + "; they hold version "
                    + current);
            long stored = fleet.awaitReportsStored(fleet.size(), timeout);
            AgentFleet.ReportStats r = fleet.reportStats();
            out.println("agents: " + stored + " of " + fleet.size() + " status reports stored (sent: " + r.sent()
                    + ", refused as too soon: " + r.refused() + ", failed: " + r.errors() + ")");
            return stored >= fleet.size() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
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

    private static FleetReporting reporting(OptionArgs o) throws UsageError {
        String every = o.get("--report-interval");
        double interval = every == null ? 60 : seconds("--report-interval", every);
        List<FleetReporting.Fault> faults = new java.util.ArrayList<>();
        faults(o, "--fail", FleetReporting.Kind.FAIL, faults);
        faults(o, "--detour", FleetReporting.Kind.DETOUR, faults);
        return new FleetReporting(Duration.ofMillis((long) (interval * 1000)), faults);
    }

    /** {@code PURPOSE:FRACTION,...} where a fraction is 0.05 or 5%. */
    private static void faults(OptionArgs o, String option, FleetReporting.Kind kind,
            List<FleetReporting.Fault> faults) throws UsageError {
        String value = o.get(option);
        if (value == null) {
            return;
        }
        for (String item : value.split(",")) {
            int colon = item.lastIndexOf(':');
            String purpose = colon > 0 ? item.substring(0, colon).strip() : "";
            String amount = colon > 0 ? item.substring(colon + 1).strip() : "";
            double fraction;
            try {
                fraction = amount.endsWith("%") ? Double.parseDouble(amount.substring(0, amount.length() - 1)) / 100
                        : Double.parseDouble(amount);
            } catch (NumberFormatException e) {
                fraction = -1;
            }
            if (purpose.isEmpty() || !(fraction >= 0 && fraction <= 1)) {
                throw new UsageError(option + " must be PURPOSE:FRACTION (e.g. file-reputation:0.05 or "
                        + "file-reputation:5%), not \"" + item + "\"");
            }
            faults.add(new FleetReporting.Fault(kind, purpose, fraction));
        }
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
