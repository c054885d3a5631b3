package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

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
    public static final String TOKEN_VARIABLE = "AGENTPROXY_AGENT_TOKEN"; //$NON-NLS-1$
    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--count", "--interval", "--token-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "--versions", "--timeout", "--report-interval", "--fail", "--detour")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

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
        return "agents"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.AgentsCommand_agentsServerURLGroupG;
    }

    @Override
    public String summary() {
        return Messages.AgentsCommand_simulateNPollingAgentsTime;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.AgentsCommand_usageAgentproxyAgentsServerURL2, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            List<String> flags = new java.util.ArrayList<>();
            List<String> rest = DeployArgs.withoutFlags(args, List.of("--no-reports"), flags); //$NON-NLS-1$
            boolean noReports = flags.contains("--no-reports"); //$NON-NLS-1$
            OptionArgs o = OptionArgs.parse(rest, VALUED, Set.of("--server", "--group", "--count", "--interval")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            int count = (int) DeployArgs.number("--count", o.get("--count"), 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
            double interval = seconds("--interval", o.get("--interval")); //$NON-NLS-1$ //$NON-NLS-2$
            int versions = (int) DeployArgs.number("--versions", o.get("--versions"), 0, 1); //$NON-NLS-1$ //$NON-NLS-2$
            FleetReporting reporting = noReports ? null : reporting(o);
            if (reporting == null && versions == 0) {
                throw new UsageError(Messages.AgentsCommand_versions0WaitsForReports);
            }
            Duration timeout = Duration.ofMillis((long) (seconds("--timeout", o.get("--timeout") == null ? "600" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : o.get("--timeout")) * 1000)); //$NON-NLS-1$
            AccessToken token = token(o.get("--token-file")); //$NON-NLS-1$
            List<URI> servers = new ArrayList<>();
            for (String url : o.get("--server").split(",", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
                servers.add(DeployArgs.server(url.strip()));
            }
            DeployArgs.tls(o, servers.get(0));
            try (AgentFleet fleet = new AgentFleet(servers, o.get("--group"), token, count, //$NON-NLS-1$
                    Duration.ofMillis((long) (interval * 1000)), reporting)) {
                fleet.checkTrusted();
                return simulate(fleet, o.get("--group"), versions, timeout, out); //$NON-NLS-1$
            }
        } catch (UntrustedServerException e) {
            err.println(NLS.bind(Messages.AgentsCommand_agentproxyAgents0, e.getMessage()));
            return ExitCodes.FAILURE;
        } catch (UsageError e) {
            err.println(NLS.bind(Messages.AgentsCommand_agentproxyAgents0SeeAgentproxy, e.getMessage()));
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
            out.println(NLS.bind(Messages.AgentsCommand_agentsAll0AgentsPolledHold, new Object[] { fleet.size(), group,
                    current }));
            long stored = fleet.awaitReportsStored(fleet.size(), timeout);
            AgentFleet.ReportStats r = fleet.reportStats();
            out.println(NLS.bind(Messages.AgentsCommand_0Of1StatusReportsStored, new Object[] { stored, fleet.size(),
                    r.sent(), r.refused(), r.errors() }));
            return stored >= fleet.size() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        out.println(NLS.bind(Messages.AgentsCommand_agentsAll0AgentsPolled, new Object[] { fleet.size(), group, current }));
        out.flush();
        for (int i = 0; i < versions; i++) {
            Convergence c = fleet.awaitVersionAbove(current, timeout);
            FleetStats s = fleet.stats();
            out.println(NLS.bind(Messages.AgentsCommand_0PollsSoFar1, new Object[] { describe(c), s.polls(), s.ok(), s.notModified(), s.errors(), (s.deferred() == 0 ? "" : NLS.bind(Messages.AgentsCommand_deferredByTheSimulatorS, s.deferred())), (s.lastError() == null ? "" //$NON-NLS-1$ //$NON-NLS-2$
                                    : NLS.bind(Messages.AgentsCommand_lastFailure0, s.lastError())) }));
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
            return Messages.AgentsCommand_agentsNoNewVersionWithin;
        }
        String head = NLS.bind(Messages.AgentsCommand_agentsVersion0Deployed1, c.version(), c.deployedAt());
        return c.converged()
                ? NLS.bind(Messages.AgentsCommand_0FirstAgentAfter1, new Object[] { head, c.firstAgent().toMillis(), c.count(), c.allAgents().toMillis() })
                : NLS.bind(Messages.AgentsCommand_0Only1Of2, new Object[] { head, c.agents(), c.count(), c.allAgents().toMillis() });
    }

    private static FleetReporting reporting(OptionArgs o) throws UsageError {
        String every = o.get("--report-interval"); //$NON-NLS-1$
        double interval = every == null ? 60 : seconds("--report-interval", every); //$NON-NLS-1$
        List<FleetReporting.Fault> faults = new java.util.ArrayList<>();
        faults(o, "--fail", FleetReporting.Kind.FAIL, faults); //$NON-NLS-1$
        faults(o, "--detour", FleetReporting.Kind.DETOUR, faults); //$NON-NLS-1$
        return new FleetReporting(Duration.ofMillis((long) (interval * 1000)), faults);
    }

    /** {@code PURPOSE:FRACTION,...} where a fraction is 0.05 or 5%. */
    private static void faults(OptionArgs o, String option, FleetReporting.Kind kind,
            List<FleetReporting.Fault> faults) throws UsageError {
        String value = o.get(option);
        if (value == null) {
            return;
        }
        for (String item : value.split(",")) { //$NON-NLS-1$
            int colon = item.lastIndexOf(':');
            String purpose = colon > 0 ? item.substring(0, colon).strip() : ""; //$NON-NLS-1$
            String amount = colon > 0 ? item.substring(colon + 1).strip() : ""; //$NON-NLS-1$
            double fraction;
            try {
                fraction = amount.endsWith("%") ? Double.parseDouble(amount.substring(0, amount.length() - 1)) / 100 //$NON-NLS-1$
                        : Double.parseDouble(amount);
            } catch (NumberFormatException e) {
                fraction = -1;
            }
            if (purpose.isEmpty() || !(fraction >= 0 && fraction <= 1)) {
                throw new UsageError(NLS.bind(Messages.AgentsCommand_0MustBePurposeFraction, option, item));
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
            throw new UsageError(NLS.bind(Messages.AgentsCommand_anAgentTokenIsNeeded, TOKEN_VARIABLE));
        }
        try {
            return new AccessToken(value.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageError("$" + TOKEN_VARIABLE + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
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
        throw new UsageError(NLS.bind(Messages.AgentsCommand_0MustBeANumber, option, value));
    }
}
