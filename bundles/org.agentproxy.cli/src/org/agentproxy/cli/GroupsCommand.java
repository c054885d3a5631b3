package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

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

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--server", "--group", "--token-file", "--agent-token-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--version")); //$NON-NLS-1$
    private static final List<String> ACTIONS = List.of("list", "create", "issue-token", "delete"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

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
        return "groups"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.GroupsCommand_groupsListCreateIssueToken;
    }

    @Override
    public String summary() {
        return Messages.GroupsCommand_listCreateOrDeleteAgent;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.GroupsCommand_usageAgentproxyGroupsListServer, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            List<String> rest = DeployArgs.withoutFlags(args, List.of("--force"), flags); //$NON-NLS-1$
            if (rest.isEmpty() || !ACTIONS.contains(rest.get(0))) {
                throw new UsageError(NLS.bind(Messages.GroupsCommand_giveOneOf0, String.join(", ", ACTIONS))); //$NON-NLS-1$
            }
            String action = rest.get(0);
            OptionArgs options = OptionArgs.parse(rest.subList(1, rest.size()), VALUED,
                    Set.of("--server", "--token-file")); //$NON-NLS-1$ //$NON-NLS-2$
            var server = DeployArgs.server(options.get("--server")); //$NON-NLS-1$
            DeployArgs.tls(options, server);
            AccessToken admin = DeployArgs.token(options.get("--token-file")); //$NON-NLS-1$
            var monitor = new PrintingMonitor(err, Messages.GroupsCommand_agentproxyGroups);
            if (action.equals("list")) { //$NON-NLS-1$
                for (GroupAdministration.Group g : groups.get().groups(server, admin, monitor)) {
                    out.println(NLS.bind(Messages.GroupsCommand_0Version1, g.name(), g.currentVersion()));
                }
                return ExitCodes.OK;
            }
            String group = required(options, "--group"); //$NON-NLS-1$
            if (action.equals("delete")) { //$NON-NLS-1$
                long version = DeployArgs.number("--version", required(options, "--version"), 0, 0); //$NON-NLS-1$ //$NON-NLS-2$
                GroupAdministration.Deleted deleted = groups.get().delete(server, admin, group, version,
                        flags.contains("--force"), monitor); //$NON-NLS-1$
                out.println(NLS.bind(Messages.GroupsCommand_deletedGroup0AtVersion, new Object[] { group, deleted.version(), deleted.archivedAs() }));
                return ExitCodes.OK;
            }
            Path file = Path.of(required(options, "--agent-token-file")); //$NON-NLS-1$
            if (Files.exists(file)) {
                throw new UsageError(NLS.bind(Messages.GroupsCommand_agentTokenFile0Exists, file));
            }
            GroupAdministration.IssuedToken issued = action.equals("create") //$NON-NLS-1$
                    ? groups.get().create(server, admin, group, monitor)
                    : groups.get().issueAgentToken(server, admin, group, monitor);
            write(file, issued.agentToken());
            out.println(NLS.bind(Messages.GroupsCommand_0ItsAgentTokenIs, (action.equals("create") ? NLS.bind(Messages.GroupsCommand_createdGroup0, group) : NLS.bind(Messages.GroupsCommand_issuedANewAgentToken, group)), file)); //$NON-NLS-1$
            return ExitCodes.OK;
        } catch (UsageError e) {
            err.println(NLS.bind(Messages.GroupsCommand_agentproxyGroups0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
        } catch (TransportException e) {
            err.println(NLS.bind(Messages.GroupsCommand_agentproxyGroups0, e.getMessage()));
            return e.kind() == TransportException.Kind.CONFLICT ? ExitCodes.CONFLICT
                    : e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
        } catch (IOException | IllegalStateException e) {
            err.println(NLS.bind(Messages.GroupsCommand_agentproxyGroups0, e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    private static String required(OptionArgs options, String name) throws UsageError {
        String value = options.get(name);
        if (value == null) {
            throw new UsageError(NLS.bind(Messages.GroupsCommand_0IsRequiredHere, name));
        }
        return value;
    }

    /** A new file, owner read/write only from its creation (never readable by others), holding the token. */
    private static void write(Path file, AccessToken token) throws IOException, UsageError {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))); //$NON-NLS-1$
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UsageError(NLS.bind(Messages.GroupsCommand_agentTokenFile0Exists, file));
        }
        Files.write(file, (token.value() + "\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
    }
}
