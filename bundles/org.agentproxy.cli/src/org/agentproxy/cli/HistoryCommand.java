package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.cli.internal.Words;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.nio.file.Path;

/**
 * {@code agentproxy history}: a group's versions on a server (who, when, what, from which version), or the
 * deployments recorded on this machine ({@code --local}).
 */
@CommandLine.Command(name = "history")
public final class HistoryCommand implements Command {

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server")
    String server;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "group")
    String group;

    @Option(names = "--token-file", paramLabel = "FILE", descriptionKey = "server.token-file")
    Path tokenFile;

    @Option(names = "--journal", paramLabel = "DIR", descriptionKey = "server.journal")
    Path journalDir;

    @Mixin
    TlsOptions tls;

    @Option(names = "--local", descriptionKey = "local")
    boolean local;


    private final Supplier<DeploymentService> service;

    public HistoryCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public HistoryCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        try {
            if (local) {
                return local(ServerValues.journal(journalDir), out);
            }
            if (server == null || group == null || tokenFile == null) {
                throw new UsageError(Messages.HistoryCommand_giveServerGroupAndToken);
            }
            DeploymentTarget target = new DeploymentTarget(ServerValues.server(server), group);
            tls.apply(target.server());
            Credentials credentials = Credentials.of(ServerValues.token(tokenFile));
            List<VersionInfo> versions = service.get().history(target, credentials,
                    new PrintingMonitor(err, Messages.HistoryCommand_agentproxyHistory));
            out.printf("%7s  %-24s  %-10s  %-8s  %4s  %s%n", Messages.HistoryCommand_columnVersion, //$NON-NLS-1$
                    Messages.HistoryCommand_columnTime, Messages.HistoryCommand_columnWho,
                    Messages.HistoryCommand_columnAction, Messages.HistoryCommand_columnFrom,
                    Messages.HistoryCommand_columnPolicyNote);
            for (VersionInfo v : versions) {
                String action = v.rollbackOf() > 0 ? "rollback" : v.action(); //$NON-NLS-1$
                String note = (v.rollbackOf() > 0 ? NLS.bind(Messages.HistoryCommand_restores0, v.rollbackOf()) : "") //$NON-NLS-1$
                        + (v.note() == null ? "" : v.note()); //$NON-NLS-1$
                out.printf("%7d  %-24s  %-10s  %-8s  %4d  %s%s%n", v.version(), v.time(), v.actor(), action, //$NON-NLS-1$
                        v.from(), v.name(), note.isEmpty() ? "" : " / " + note); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return ExitCodes.OK;
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
                out.println(id + "  " + r.kind() + "  " + Words.status(r.status()) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (r.policyName() == null ? NLS.bind(Messages.HistoryCommand_of0, r.rollbackOf()) : "\"" + r.policyName() + "\"") + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + r.results().stream().map(t -> t.target() + " " + Words.outcome(t.outcome())) //$NON-NLS-1$
                                .toList());
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            out.println(journal.directory() + ": " + e.getMessage()); //$NON-NLS-1$
            return ExitCodes.FAILURE;
        }
    }
}
