package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.cli.internal.DeployOutput;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RolloutOptions;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.nio.file.Path;

/**
 * {@code agentproxy rollback}: a group back to a version, or every target of a recorded deployment back to what
 * it had before; always as a new version. Exit 0 rolled back, 3 conflict, 2 bad input, 1 other failure.
 */
@CommandLine.Command(name = "rollback")
public final class RollbackCommand implements Command {

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server")
    String server;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "group")
    String group;

    @Option(names = "--token-file", paramLabel = "FILE", required = true, descriptionKey = "server.token-file")
    Path tokenFile;

    @Option(names = "--journal", paramLabel = "DIR", descriptionKey = "server.journal")
    Path journalDir;

    @Mixin
    TlsOptions tls;

    @Option(names = "--to-version", paramLabel = "N", defaultValue = "0", descriptionKey = "to-version")
    long toVersion;

    @Option(names = "--deployment", paramLabel = "ID", descriptionKey = "deployment")
    String deployment;


    private final Supplier<DeploymentService> service;

    public RollbackCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public RollbackCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        try {
            Credentials credentials = Credentials.of(ServerValues.token(tokenFile));
            DeploymentJournal journal = ServerValues.journal(journalDir);
            RolloutOptions rollout = RolloutOptions.DEFAULT.withJournal(journal);
            PrintingMonitor monitor = new PrintingMonitor(err, Messages.RollbackCommand_agentproxyRollback);
            DeploymentResult result;
            if (deployment != null) {
                if (server != null || group != null) {
                    throw new UsageError(Messages.RollbackCommand_deploymentCannotBeCombinedWith);
                }
                tls.apply(null); // a pin names one server: give it with --server
                DeploymentResult recorded = recorded(journal, deployment);
                result = service.get().rollback(recorded, rollout, credentials, monitor);
            } else {
                if (server == null || group == null) {
                    throw new UsageError(Messages.RollbackCommand_giveServerAndGroupOr);
                }
                DeploymentTarget target = new DeploymentTarget(ServerValues.server(server), group);
                tls.apply(target.server());
                long to = toVersion == 0 ? 0 : ServerValues.atLeast("--to-version", toVersion, 1); //$NON-NLS-1$
                result = service.get().rollbackTarget(target, to, rollout, credentials, monitor);
            }
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (IllegalStateException e) {
            err.println(NLS.bind(Messages.RollbackCommand_agentproxyRollback0, e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    private static DeploymentResult recorded(DeploymentJournal journal, String id) throws UsageError {
        try {
            Optional<DeploymentResult> found = journal.load(id);
            return found.orElseThrow(() -> new UsageError(NLS.bind(Messages.RollbackCommand_deployment0NoSuchDeployment, id, journal.directory())));
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageError(NLS.bind(Messages.RollbackCommand_deployment01, id, e.getMessage()));
        }
    }
}
