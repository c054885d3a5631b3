package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;

/**
 * {@code agentproxy history}: a group's versions on a server (who, when, what, from which version), or the
 * deployments recorded on this machine ({@code --local}).
 */
public final class HistoryCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--journal")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final Supplier<DeploymentService> service;

    public HistoryCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public HistoryCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "history"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.HistoryCommand_historyServerURLGroupG;
    }

    @Override
    public String summary() {
        return Messages.HistoryCommand_listAGroupSPolicy;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.HistoryCommand_usageAgentproxyHistoryServerURL, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            OptionArgs options = OptionArgs.parse(DeployArgs.withoutFlags(args, List.of("--local"), flags), VALUED, //$NON-NLS-1$
                    Set.of());
            if (flags.contains("--local")) { //$NON-NLS-1$
                return local(DeployArgs.journal(options.get("--journal")), out); //$NON-NLS-1$
            }
            if (options.get("--server") == null || options.get("--group") == null //$NON-NLS-1$ //$NON-NLS-2$
                    || options.get("--token-file") == null) { //$NON-NLS-1$
                throw new UsageError(Messages.HistoryCommand_giveServerGroupAndToken);
            }
            DeploymentTarget target = new DeploymentTarget(DeployArgs.server(options.get("--server")), //$NON-NLS-1$
                    options.get("--group")); //$NON-NLS-1$
            DeployArgs.tls(options, target.server());
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file"))); //$NON-NLS-1$
            List<VersionInfo> versions = service.get().history(target, credentials,
                    new PrintingMonitor(err, Messages.HistoryCommand_agentproxyHistory));
            out.printf("%7s  %-24s  %-10s  %-8s  %4s  %s%n", "VERSION", "TIME", "WHO", "ACTION", "FROM", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    "POLICY / NOTE"); //$NON-NLS-1$
            for (VersionInfo v : versions) {
                String action = v.rollbackOf() > 0 ? "rollback" : v.action(); //$NON-NLS-1$
                String note = (v.rollbackOf() > 0 ? NLS.bind(Messages.HistoryCommand_restores0, v.rollbackOf()) : "") //$NON-NLS-1$
                        + (v.note() == null ? "" : v.note()); //$NON-NLS-1$
                out.printf("%7d  %-24s  %-10s  %-8s  %4d  %s%s%n", v.version(), v.time(), v.actor(), action, //$NON-NLS-1$
                        v.from(), v.name(), note.isEmpty() ? "" : " / " + note); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return ExitCodes.OK;
        } catch (UsageError e) {
            err.println(NLS.bind(Messages.HistoryCommand_agentproxyHistory0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println(NLS.bind(Messages.HistoryCommand_agentproxyHistory0, e.getMessage()));
            return e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (IllegalStateException e) {
            err.println(NLS.bind(Messages.HistoryCommand_agentproxyHistory0, e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    private static int local(DeploymentJournal journal, PrintStream out) {
        try {
            for (String id : journal.ids()) {
                DeploymentResult r = journal.load(id).orElseThrow();
                out.println(id + "  " + r.kind() + "  " + r.status().name().toLowerCase() + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (r.policyName() == null ? NLS.bind(Messages.HistoryCommand_of0, r.rollbackOf()) : "\"" + r.policyName() + "\"") + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + r.results().stream().map(t -> t.target() + " " + t.outcome().name().toLowerCase()) //$NON-NLS-1$
                                .toList());
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            out.println(journal.directory() + ": " + e.getMessage()); //$NON-NLS-1$
            return ExitCodes.FAILURE;
        }
    }
}
