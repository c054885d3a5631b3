package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.TransportException;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code agentproxy groups list|create|issue-token|delete}: a policy server's agent groups, as the studio's Policy
 * Servers view manages them. A new agent token goes to an owner-only file, never to the terminal.
 */
@CommandLine.Command(name = "groups", subcommands = { GroupsCommand.ListGroups.class, GroupsCommand.Create.class,
        GroupsCommand.IssueToken.class, GroupsCommand.Delete.class })
public final class GroupsCommand implements Command {

    private final Supplier<GroupAdministration> groups;

    public GroupsCommand() {
        this(Services::groups);
    }

    /** @param groups the group administration (tests pass their own) */
    public GroupsCommand(Supplier<GroupAdministration> groups) {
        this.groups = groups;
    }

    /** {@code agentproxy groups} without its action. */
    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        throw new UsageError(NLS.bind(Messages.GroupsCommand_giveOneOf0, "list, create, issue-token, delete")); //$NON-NLS-1$
    }

    /** The options every action takes: the server, its admin token, TLS. */
    static final class ServerOptions {

        @Option(names = "--server", paramLabel = "URL", required = true, descriptionKey = "groups.server")
        String server;

        @Option(names = "--token-file", paramLabel = "FILE", required = true, descriptionKey = "server.token-file")
        Path tokenFile;

        @Mixin
        TlsOptions tls;
    }

    /** One action: the server's options checked, its errors mapped to exit codes. */
    abstract static class Action implements Command {

        @ParentCommand
        GroupsCommand parent;

        @Mixin
        ServerOptions options;

        @Override
        public final int call(PrintStream out, PrintStream err) throws UsageError {
            try {
                URI server = ServerValues.server(options.server);
                options.tls.apply(server);
                AccessToken admin = ServerValues.token(options.tokenFile);
                return run(parent.groups.get(), server, admin, new PrintingMonitor(err, Messages.GroupsCommand_agentproxyGroups),
                        out);
            } catch (TransportException e) {
                err.println(NLS.bind(Messages.GroupsCommand_agentproxyGroups0, e.getMessage()));
                return e.kind() == TransportException.Kind.CONFLICT ? ExitCodes.CONFLICT
                        : e.kind() == TransportException.Kind.REJECTED ? ExitCodes.INVALID : ExitCodes.FAILURE;
            } catch (IOException | IllegalStateException e) {
                err.println(NLS.bind(Messages.GroupsCommand_agentproxyGroups0, e.getMessage()));
                return ExitCodes.FAILURE;
            }
        }

        abstract int run(GroupAdministration groups, URI server, AccessToken admin, PrintingMonitor monitor,
                PrintStream out) throws UsageError, IOException, TransportException;
    }

    /** {@code groups list}: each group with its current version. */
    @CommandLine.Command(name = "list")
    static final class ListGroups extends Action {

        @Override
        int run(GroupAdministration groups, URI server, AccessToken admin, PrintingMonitor monitor, PrintStream out)
                throws TransportException {
            for (GroupAdministration.Group g : groups.groups(server, admin, monitor)) {
                out.println(NLS.bind(Messages.GroupsCommand_0Version1, g.name(), g.currentVersion()));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * {@code groups create} and {@code groups issue-token}: a group's new agent token, into a new owner-only file;
     * the two differ only in the call that issues the token and the sentence that says what was done.
     */
    abstract static class TokenAction extends Action {

        /** The server call that issues the group's new agent token. */
        @FunctionalInterface
        interface Issuer {
            GroupAdministration.IssuedToken issue(GroupAdministration groups, URI server, AccessToken admin,
                    String group, PrintingMonitor monitor) throws TransportException;
        }

        private final Issuer issuer;
        private final String done;

        @Option(names = "--group", paramLabel = "NAME", required = true, descriptionKey = "groups.group")
        String group;

        @Option(names = "--agent-token-file", paramLabel = "FILE", required = true, descriptionKey = "groups.agent-token-file")
        Path file;

        /** @param done what was done, with {@code {0}} for the group */
        TokenAction(Issuer issuer, String done) {
            this.issuer = issuer;
            this.done = done;
        }

        @Override
        final int run(GroupAdministration groups, URI server, AccessToken admin, PrintingMonitor monitor,
                PrintStream out) throws UsageError, IOException, TransportException {
            if (Files.exists(file)) {
                throw new UsageError(NLS.bind(Messages.GroupsCommand_agentTokenFile0Exists, file));
            }
            GroupAdministration.IssuedToken issued = issuer.issue(groups, server, admin, group, monitor);
            write(file, issued.agentToken());
            out.println(NLS.bind(Messages.GroupsCommand_0ItsAgentTokenIs, NLS.bind(done, group), file));
            return ExitCodes.OK;
        }
    }

    /** {@code groups create}. */
    @CommandLine.Command(name = "create")
    static final class Create extends TokenAction {

        Create() {
            super(GroupAdministration::create, Messages.GroupsCommand_createdGroup0);
        }
    }

    /** {@code groups issue-token}. */
    @CommandLine.Command(name = "issue-token")
    static final class IssueToken extends TokenAction {

        IssueToken() {
            super(GroupAdministration::issueAgentToken, Messages.GroupsCommand_issuedANewAgentToken);
        }
    }

    /** {@code groups delete}. */
    @CommandLine.Command(name = "delete")
    static final class Delete extends Action {

        @Option(names = "--group", paramLabel = "NAME", required = true, descriptionKey = "groups.group")
        String group;

        @Option(names = "--version", paramLabel = "N", required = true, descriptionKey = "groups.version")
        long version;

        @Option(names = "--force", descriptionKey = "groups.force")
        boolean force;

        @Override
        int run(GroupAdministration groups, URI server, AccessToken admin, PrintingMonitor monitor, PrintStream out)
                throws UsageError, TransportException {
            ServerValues.atLeast("--version", version, 0); //$NON-NLS-1$
            GroupAdministration.Deleted deleted = groups.delete(server, admin, group, version, force, monitor);
            out.println(NLS.bind(Messages.GroupsCommand_deletedGroup0AtVersion, new Object[] { group, deleted.version(),
                    deleted.archivedAs() }));
            return ExitCodes.OK;
        }
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
