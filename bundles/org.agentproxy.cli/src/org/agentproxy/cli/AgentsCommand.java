package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.UntrustedServerException;
import org.agentproxy.deployment.fleet.AgentFleet;
import org.agentproxy.deployment.fleet.Convergence;
import org.agentproxy.deployment.fleet.FleetReporting;
import org.agentproxy.deployment.fleet.FleetStats;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.nio.file.Path;

/**
 * {@code agentproxy agents --server URL --group NAME --count N --interval S}: N simulated agents poll the group's
 * policy with {@code If-None-Match}; reports how long the fleet takes to converge on each new version.
 */
@CommandLine.Command(name = "agents")
public final class AgentsCommand implements Command {

    /** The environment variable that may hold the agent token instead of a file. */
    public static final String TOKEN_VARIABLE = "AGENTPROXY_AGENT_TOKEN"; //$NON-NLS-1$

    private final Function<String, String> environment;

    @Option(names = "--server", paramLabel = "URL", split = ",", required = true, descriptionKey = "server")
    @GivenOnce // the servers of one group, together
    List<String> serverUrls;

    @Option(names = "--group", paramLabel = "NAME", required = true, descriptionKey = "group")
    String group;

    @Option(names = "--count", paramLabel = "N", required = true, descriptionKey = "count")
    int count;

    @Option(names = "--interval", paramLabel = "SECONDS", required = true, descriptionKey = "interval")
    double interval;

    @Option(names = "--token-file", paramLabel = "FILE", descriptionKey = "token-file")
    Path tokenFile;

    @Option(names = "--versions", paramLabel = "K", defaultValue = "1", descriptionKey = "versions")
    int versions;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", descriptionKey = "timeout")
    double timeoutSeconds;

    @Option(names = "--report-interval", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "report-interval")
    double reportInterval;

    @Option(names = "--no-reports", descriptionKey = "no-reports")
    boolean noReports;

    @Option(names = "--fail", paramLabel = "PURPOSE:FRACTION", split = ",", descriptionKey = "fail")
    List<String> fail;

    @Option(names = "--detour", paramLabel = "PURPOSE:FRACTION", split = ",", descriptionKey = "detour")
    List<String> detour;

    @Mixin
    TlsOptions tls;

    public AgentsCommand() {
        this(System::getenv);
    }

    /** @param environment looks up {@value #TOKEN_VARIABLE} (tests pass their own) */
    public AgentsCommand(Function<String, String> environment) {
        this.environment = environment;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        try {
            ServerValues.atLeast("--count", count, 1); //$NON-NLS-1$
            seconds("--interval", interval); //$NON-NLS-1$
            ServerValues.atLeast("--versions", versions, 0); //$NON-NLS-1$
            FleetReporting reporting = noReports ? null : reporting();
            if (reporting == null && versions == 0) {
                throw new UsageError(Messages.AgentsCommand_versions0WaitsForReports);
            }
            Duration timeout = Duration.ofMillis((long) (seconds("--timeout", timeoutSeconds) * 1000)); //$NON-NLS-1$
            AccessToken token = token(tokenFile);
            List<URI> servers = new ArrayList<>();
            for (String url : serverUrls) {
                servers.add(ServerValues.server(url.strip()));
            }
            tls.apply(servers.get(0));
            try (AgentFleet fleet = new AgentFleet(servers, group, token, count,
                    Duration.ofMillis((long) (interval * 1000)), reporting)) {
                fleet.checkTrusted();
                return simulate(fleet, group, versions, timeout, out);
            }
        } catch (UntrustedServerException e) {
            err.println(NLS.bind(Messages.AgentsCommand_agentproxyAgents0, e.getMessage()));
            return ExitCodes.FAILURE;
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

    private FleetReporting reporting() throws UsageError {
        double every = seconds("--report-interval", reportInterval); //$NON-NLS-1$
        List<FleetReporting.Fault> faults = new java.util.ArrayList<>();
        faults("--fail", fail, FleetReporting.Kind.FAIL, faults); //$NON-NLS-1$
        faults("--detour", detour, FleetReporting.Kind.DETOUR, faults); //$NON-NLS-1$
        return new FleetReporting(Duration.ofMillis((long) (every * 1000)), faults);
    }

    /** {@code PURPOSE:FRACTION,...} where a fraction is 0.05 or 5%. */
    private static void faults(String option, List<String> items, FleetReporting.Kind kind,
            List<FleetReporting.Fault> faults) throws UsageError {
        if (items == null) {
            return;
        }
        for (String item : items) {
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

    private AccessToken token(Path file) throws UsageError {
        if (file != null) {
            return ServerValues.token(file);
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

    private static double seconds(String option, double s) throws UsageError {
        if (s > 0 && s <= 86_400) {
            return s;
        }
        throw new UsageError(NLS.bind(Messages.AgentsCommand_0MustBeANumber, option, s));
    }
}
