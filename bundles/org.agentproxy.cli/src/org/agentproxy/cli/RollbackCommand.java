package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.DeployOutput;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RolloutOptions;

/**
 * {@code agentproxy rollback}: a group back to a version, or every target of a recorded deployment back to what
 * it had before; always as a new version. Exit 0 rolled back, 3 conflict, 2 bad input, 1 other failure.
 */
public final class RollbackCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--to-version", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--deployment", "--journal")); //$NON-NLS-1$ //$NON-NLS-2$

    private final Supplier<DeploymentService> service;

    public RollbackCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public RollbackCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "rollback"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.RollbackCommand_rollbackServerURLGroupG;
    }

    @Override
    public String summary() {
        return Messages.RollbackCommand_makeAnEarlierPolicyVersion;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.RollbackCommand_usageAgentproxyRollbackServerURL, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            OptionArgs options = OptionArgs.parse(args, VALUED, Set.of("--token-file")); //$NON-NLS-1$
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file"))); //$NON-NLS-1$
            DeploymentJournal journal = DeployArgs.journal(options.get("--journal")); //$NON-NLS-1$
            RolloutOptions rollout = RolloutOptions.DEFAULT.withJournal(journal);
            PrintingMonitor monitor = new PrintingMonitor(err, Messages.RollbackCommand_agentproxyRollback);
            DeploymentResult result;
            if (options.get("--deployment") != null) { //$NON-NLS-1$
                if (options.get("--server") != null || options.get("--group") != null) { //$NON-NLS-1$ //$NON-NLS-2$
                    throw new UsageError(Messages.RollbackCommand_deploymentCannotBeCombinedWith);
                }
                DeployArgs.tls(options, null); // a pin names one server: give it with --server
                DeploymentResult recorded = recorded(journal, options.get("--deployment")); //$NON-NLS-1$
                result = service.get().rollback(recorded, rollout, credentials, monitor);
            } else {
                if (options.get("--server") == null || options.get("--group") == null) { //$NON-NLS-1$ //$NON-NLS-2$
                    throw new UsageError(Messages.RollbackCommand_giveServerAndGroupOr);
                }
                DeploymentTarget target = new DeploymentTarget(DeployArgs.server(options.get("--server")), //$NON-NLS-1$
                        options.get("--group")); //$NON-NLS-1$
                DeployArgs.tls(options, target.server());
                long to = DeployArgs.number("--to-version", options.get("--to-version"), 1, 0); //$NON-NLS-1$ //$NON-NLS-2$
                result = service.get().rollbackTarget(target, to, rollout, credentials, monitor);
            }
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (UsageError e) {
            err.println(NLS.bind(Messages.RollbackCommand_agentproxyRollback0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
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
