package org.agentproxy.cli;

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

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--journal"));

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
        return "history";
    }

    @Override
    public String synopsis() {
        return "history --server URL --group G";
    }

    @Override
    public String summary() {
        return "list a group's policy versions (or --local deployments)";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy history --server URL --group NAME --token-file FILE
                       agentproxy history --local [--journal DIR]

                Lists a group's versions, oldest first: version, time, who, deploy or rollback, the version
                it replaced, the policy name and the note (the deployment id). With --local, lists the
                deployments and rollbacks recorded on this machine.

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 listed, 2 bad input (unknown group, bad option), 1 other failure.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            OptionArgs options = OptionArgs.parse(DeployArgs.withoutFlags(args, List.of("--local"), flags), VALUED,
                    Set.of());
            if (flags.contains("--local")) {
                return local(DeployArgs.journal(options.get("--journal")), out);
            }
            if (options.get("--server") == null || options.get("--group") == null
                    || options.get("--token-file") == null) {
                throw new UsageError("give --server, --group and --token-file (or --local)");
            }
            DeploymentTarget target = new DeploymentTarget(DeployArgs.server(options.get("--server")),
                    options.get("--group"));
            DeployArgs.tls(options, target.server());
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file")));
            List<VersionInfo> versions = service.get().history(target, credentials,
                    new PrintingMonitor(err, "agentproxy history: "));
            out.printf("%7s  %-24s  %-10s  %-8s  %4s  %s%n", "VERSION", "TIME", "WHO", "ACTION", "FROM",
                    "POLICY / NOTE");
            for (VersionInfo v : versions) {
                String action = v.rollbackOf() > 0 ? "rollback" : v.action();
                String note = (v.rollbackOf() > 0 ? "restores " + v.rollbackOf() + "; " : "")
                        + (v.note() == null ? "" : v.note());
                out.printf("%7d  %-24s  %-10s  %-8s  %4d  %s%s%n", v.version(), v.time(), v.actor(), action,
                        v.from(), v.name(), note.isEmpty() ? "" : " / " + note);
            }
            return ExitCodes.OK;
        } catch (UsageError e) {
            err.println("agentproxy history: " + e.getMessage() + " (see agentproxy history --help)");
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println("agentproxy history: " + e.getMessage());
            return e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (IllegalStateException e) {
            err.println("agentproxy history: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static int local(DeploymentJournal journal, PrintStream out) {
        try {
            for (String id : journal.ids()) {
                DeploymentResult r = journal.load(id).orElseThrow();
                out.println(id + "  " + r.kind() + "  " + r.status().name().toLowerCase() + "  "
                        + (r.policyName() == null ? "of " + r.rollbackOf() : "\"" + r.policyName() + "\"") + "  "
                        + r.results().stream().map(t -> t.target() + " " + t.outcome().name().toLowerCase())
                                .toList());
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            out.println(journal.directory() + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
