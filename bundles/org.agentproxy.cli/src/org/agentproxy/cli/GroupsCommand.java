package org.agentproxy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.TransportException;

/**
 * {@code agentproxy groups list|create|issue-token|delete}: a policy server's agent groups, as the studio's Policy
 * Servers view manages them. A new agent token goes to an owner-only file, never to the terminal.
 */
public final class GroupsCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--agent-token-file",
            "--version"));
    private static final List<String> ACTIONS = List.of("list", "create", "issue-token", "delete");

    private final Supplier<GroupAdministration> groups;

    public GroupsCommand() {
        this(Services::groups);
    }

    /** @param groups the group administration (tests pass their own) */
    public GroupsCommand(Supplier<GroupAdministration> groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public String synopsis() {
        return "groups list|create|issue-token|delete --server URL";
    }

    @Override
    public String summary() {
        return "list, create or delete agent groups; issue agent tokens";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy groups list        --server URL --token-file FILE
                       agentproxy groups create      --server URL --token-file FILE --group NAME --agent-token-file OUT
                       agentproxy groups issue-token --server URL --token-file FILE --group NAME --agent-token-file OUT
                       agentproxy groups delete      --server URL --token-file FILE --group NAME --version N [--force]

                list prints each group with the version current there. create makes a group and issue-token a new
                agent token for one (the old one stops working); the token goes to OUT, a new file readable by its
                owner only (never printed): give it to the group's agents. delete deletes a group if N is still its
                current version (0: none yet); a group holding a policy needs --force: its agents then get 404.
                The server keeps a deleted group's history (docs/server.md).

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 done, 3 the group changed since (version N is not current), 2 bad input (bad option,
                unknown or existing group, OUT exists, a group holding a policy without --force), 1 other failure.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            List<String> rest = DeployArgs.withoutFlags(args, List.of("--force"), flags);
            if (rest.isEmpty() || !ACTIONS.contains(rest.get(0))) {
                throw new UsageError("give one of " + String.join(", ", ACTIONS));
            }
            String action = rest.get(0);
            OptionArgs options = OptionArgs.parse(rest.subList(1, rest.size()), VALUED,
                    Set.of("--server", "--token-file"));
            var server = DeployArgs.server(options.get("--server"));
            DeployArgs.tls(options, server);
            AccessToken admin = DeployArgs.token(options.get("--token-file"));
            var monitor = new PrintingMonitor(err, "agentproxy groups: ");
            if (action.equals("list")) {
                for (GroupAdministration.Group g : groups.get().groups(server, admin, monitor)) {
                    out.println(g.name() + "  version " + g.currentVersion());
                }
                return ExitCodes.OK;
            }
            String group = required(options, "--group");
            if (action.equals("delete")) {
                long version = DeployArgs.number("--version", required(options, "--version"), 0, 0);
                GroupAdministration.Deleted deleted = groups.get().delete(server, admin, group, version,
                        flags.contains("--force"), monitor);
                out.println("deleted group " + group + " at version " + deleted.version() + "; the server keeps it in "
                        + deleted.archivedAs());
                return ExitCodes.OK;
            }
            Path file = Path.of(required(options, "--agent-token-file"));
            if (Files.exists(file)) {
                throw new UsageError("--agent-token-file " + file + ": exists already; give a new file");
            }
            GroupAdministration.IssuedToken issued = action.equals("create")
                    ? groups.get().create(server, admin, group, monitor)
                    : groups.get().issueAgentToken(server, admin, group, monitor);
            write(file, issued.agentToken());
            out.println((action.equals("create") ? "created group " + group : "issued a new agent token for " + group
                    + " (the old one no longer works)") + "; its agent token is in " + file + " (owner only)");
            return ExitCodes.OK;
        } catch (UsageError e) {
            err.println("agentproxy groups: " + e.getMessage() + " (see agentproxy groups --help)");
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println("agentproxy groups: " + e.getMessage());
            return e.kind() == TransportException.Kind.CONFLICT ? ExitCodes.CONFLICT
                    : e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (IOException | IllegalStateException e) {
            err.println("agentproxy groups: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static String required(OptionArgs options, String name) throws UsageError {
        String value = options.get(name);
        if (value == null) {
            throw new UsageError(name + " is required here");
        }
        return value;
    }

    /** A new file, owner read/write only from its creation (never readable by others), holding the token. */
    private static void write(Path file, AccessToken token) throws IOException, UsageError {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UsageError("--agent-token-file " + file + ": exists already; give a new file");
        }
        Files.write(file, (token.value() + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
