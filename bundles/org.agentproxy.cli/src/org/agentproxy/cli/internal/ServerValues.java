package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.cli.UsageError;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentTarget;

/**
 * What the option values of the commands that talk to policy servers mean, once picocli parsed them: the server
 * URL, the groups in rollout order, the token in an owner-only file, the journal.
 */
public final class ServerValues {

    private ServerValues() {
    }

    /** The server URL: {@code http}, {@code https} or {@code file}. */
    public static URI server(String url) throws UsageError {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                throw new UsageError(NLS.bind(Messages.DeployArgs_serverMustBeAnHttp, url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_serverIsNotAURL, e.getMessage()));
        }
    }

    /** {@code --group a,b,c}: the targets in rollout order, the first the canary. */
    public static List<DeploymentTarget> targets(String server, List<String> groups) throws UsageError {
        URI uri = server(server);
        List<DeploymentTarget> targets = new ArrayList<>();
        for (String group : groups) {
            if (!group.isBlank()) {
                targets.add(new DeploymentTarget(uri, group.strip()));
            }
        }
        if (targets.isEmpty()) {
            throw new UsageError(Messages.DeployArgs_groupNeedsAGroupName);
        }
        return targets;
    }

    /** The token in a file (never echoed), readable by its owner only; {@code null} when no file is given. */
    public static AccessToken token(Path file) throws UsageError {
        if (file == null) {
            return null;
        }
        try {
            OwnerOnlyFile.check(file, NLS.bind(Messages.DeployArgs_tokenFile0, file), Messages.DeployArgs_aToken);
            return AccessToken.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_tokenFile0NoSuch, file));
        } catch (IOException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_tokenFile01, file, e.getMessage()));
        }
    }

    /** The journal: {@code --journal DIR}, else the default directory. */
    public static DeploymentJournal journal(Path dir) {
        return new DeploymentJournal(dir == null ? DeploymentJournal.defaultDirectory() : dir);
    }

    /** A whole number option's value, checked against its lower bound. */
    public static long atLeast(String option, long value, long min) throws UsageError {
        if (value < min) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_0MustBeAWhole, new Object[] { option, min, value }));
        }
        return value;
    }
}
