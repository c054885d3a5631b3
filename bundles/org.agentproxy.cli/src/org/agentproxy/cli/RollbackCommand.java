package org.agentproxy.cli;

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

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--to-version",
            "--deployment", "--journal"));

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
        return "rollback";
    }

    @Override
    public String synopsis() {
        return "rollback --server URL --group G";
    }

    @Override
    public String summary() {
        return "make an earlier policy version current again";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy rollback --server URL --group NAME --token-file FILE [--to-version N]
                       agentproxy rollback --deployment ID --token-file FILE [--journal DIR]

                The first form makes version N (default: the version before the current one) of a group
                current again, as a new version. The second rolls back every target of a recorded deployment
                (see agentproxy history --local) to the version it had before. A target that changed since is a
                conflict and is left alone.

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 rolled back, 3 conflict, 2 bad input, 1 other failure.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            OptionArgs options = OptionArgs.parse(args, VALUED, Set.of("--token-file"));
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file")));
            DeploymentJournal journal = DeployArgs.journal(options.get("--journal"));
            RolloutOptions rollout = RolloutOptions.DEFAULT.withJournal(journal);
            PrintingMonitor monitor = new PrintingMonitor(err, "agentproxy rollback: ");
            DeploymentResult result;
            if (options.get("--deployment") != null) {
                if (options.get("--server") != null || options.get("--group") != null) {
                    throw new UsageError("--deployment cannot be combined with --server or --group");
                }
                DeployArgs.tls(options, null); // a pin names one server: give it with --server
                DeploymentResult recorded = recorded(journal, options.get("--deployment"));
                result = service.get().rollback(recorded, rollout, credentials, monitor);
            } else {
                if (options.get("--server") == null || options.get("--group") == null) {
                    throw new UsageError("give --server and --group, or --deployment");
                }
                DeploymentTarget target = new DeploymentTarget(DeployArgs.server(options.get("--server")),
                        options.get("--group"));
                DeployArgs.tls(options, target.server());
                long to = DeployArgs.number("--to-version", options.get("--to-version"), 1, 0);
                result = service.get().rollbackTarget(target, to, rollout, credentials, monitor);
            }
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (UsageError e) {
            err.println("agentproxy rollback: " + e.getMessage() + " (see agentproxy rollback --help)");
            return ExitCodes.INVALID;
        } catch (IllegalStateException e) {
            err.println("agentproxy rollback: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static DeploymentResult recorded(DeploymentJournal journal, String id) throws UsageError {
        try {
            Optional<DeploymentResult> found = journal.load(id);
            return found.orElseThrow(() -> new UsageError("--deployment " + id + ": no such deployment in "
                    + journal.directory()));
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageError("--deployment " + id + ": " + e.getMessage());
        }
    }
}
