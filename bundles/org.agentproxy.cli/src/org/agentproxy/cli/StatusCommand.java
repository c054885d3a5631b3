package org.agentproxy.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.cli.internal.FleetStatusOutput;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy status --server URL --group G --token-file F [--state S] [--format text|json|csv]}: a group's
 * fleet status: the summary, then the agents in the chosen state (by default every agent that is not current).
 * Exit 0 when every agent is current, 4 when some are behind, not seen, failing or mismatched.
 */
@CommandLine.Command(name = "status")
public final class StatusCommand implements Command {


    private final Supplier<FleetStatusClient> client;

    /** The states of {@code --state}. */
    static final class States extends Choices.Values {

        private static final long serialVersionUID = 1L;

        States() {
            super(FleetStatus.STATES);
        }
    }

    @Option(names = "--server", paramLabel = "URL", required = true, descriptionKey = "server")
    String server;

    @Option(names = "--group", paramLabel = "NAME", required = true, descriptionKey = "group")
    String group;

    @Option(names = "--token-file", paramLabel = "FILE", required = true, descriptionKey = "server.token-file")
    Path tokenFile;

    @Option(names = "--state", paramLabel = "STATE", descriptionKey = "state", completionCandidates = States.class)
    String state;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format",
            completionCandidates = Choices.TextJsonCsv.class)
    String format;

    @Mixin
    TlsOptions tls;

    public StatusCommand() {
        this(FleetStatusClient::overHttp);
    }

    /** @param client reads the fleet status (tests pass their own) */
    public StatusCommand(Supplier<FleetStatusClient> client) {
        this.client = client;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        try {
            if (state != null) {
                Choices.check("--state", state, FleetStatus.STATES); //$NON-NLS-1$
            }
            Choices.check("--format", format, new Choices.TextJsonCsv()); //$NON-NLS-1$
            URI uri = ServerValues.server(server);
            tls.apply(uri);
            AccessToken admin = ServerValues.token(tokenFile);
            FleetStatus status = client.get().all(uri, admin, group, state,
                    new PrintingMonitor(err, Messages.StatusCommand_agentproxyStatus));
            List<FleetAgent> listed = state != null ? status.page() : notCurrent(status.page());
            String title = state != null ? NLS.bind(Messages.StatusCommand_agents0, state) : Messages.StatusCommand_agentsNotCurrent;
            switch (format) {
                case "json" -> FleetStatusOutput.json(status, state, listed, out); //$NON-NLS-1$
                case "csv" -> FleetStatusOutput.csv(listed, out); //$NON-NLS-1$
                default -> FleetStatusOutput.text(status, title, listed, out);
            }
            out.flush();
            return status.allCurrent() ? ExitCodes.OK : ExitCodes.ATTENTION;
        } catch (TransportException e) {
            err.println(NLS.bind(Messages.StatusCommand_agentproxyStatus0, e.getMessage()));
            return e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            err.println(NLS.bind(Messages.StatusCommand_agentproxyStatus0, e.getMessage()));
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
