package org.agentproxy.deployment.internal.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeployedPolicy;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.TransportException.Kind;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * Exports versioned policy packages to a folder ({@code file:} URIs), for servers that import from a share:
 * {@code DIR/GROUP/0000000001.json}, … (see {@link PackageFolder}). Needs no token.
 */
@Component(service = DeploymentTransport.class, immediate = false)
public final class FolderExportTransport implements DeploymentTransport {

    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @Override
    public String id() {
        return "folder";
    }

    @Override
    public boolean supports(DeploymentTarget target) {
        return "file".equalsIgnoreCase(target.server().getScheme());
    }

    @Override
    public Optional<DeployedPolicy> current(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        try {
            List<PackageFolder.Package> packages = folder(target).packages();
            return packages.isEmpty() ? Optional.empty() : Optional.of(deployed(packages.get(packages.size() - 1)));
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public long deploy(DeploymentTarget target, AccessToken token, Policy policy, long expectedVersion, String note,
            IProgressMonitor monitor) throws TransportException {
        return write(target, expectedVersion, "deploy", 0, note, folder -> policy);
    }

    @Override
    public long rollback(DeploymentTarget target, AccessToken token, long toVersion, long expectedVersion,
            String note, IProgressMonitor monitor) throws TransportException {
        return write(target, expectedVersion, "rollback", toVersion, note, folder -> folder.packages().stream()
                .filter(p -> p.info().version() == toVersion).findFirst().map(PackageFolder.Package::policy)
                .orElse(null));
    }

    @Override
    public List<VersionInfo> history(DeploymentTarget target, AccessToken token, IProgressMonitor monitor)
            throws TransportException {
        try {
            return folder(target).packages().stream().map(PackageFolder.Package::info).toList();
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Which policy to write, read with the lock held; {@code null} when the version to restore is missing. */
    @FunctionalInterface
    private interface PolicySource {
        Policy get(PackageFolder folder) throws IOException;
    }

    private long write(DeploymentTarget target, long expected, String action, long rollbackOf, String note,
            PolicySource source) throws TransportException {
        PackageFolder folder = folder(target);
        try {
            Long written = folder.locked(() -> {
                List<PackageFolder.Package> packages = folder.packages();
                long current = packages.isEmpty() ? 0 : packages.get(packages.size() - 1).info().version();
                if (current != expected) {
                    return -current - 1; // encoded conflict, reported below
                }
                Policy policy = source.get(folder);
                if (policy == null) {
                    return 0L;
                }
                long version = folder.highestNumber() + 1;
                folder.write(target.group(), new VersionInfo(version, current, action, rollbackOf, Instant.now(),
                        System.getProperty("user.name"), note, policy.name()), policy);
                return version;
            });
            if (written < 0) {
                throw new TransportException(Kind.CONFLICT, 0, target + ": version " + expected
                        + " is not the current version " + (-written - 1) + "; nothing was changed");
            }
            if (written == 0) {
                throw new TransportException(Kind.REJECTED, 0, target + ": version " + rollbackOf
                        + " does not exist");
            }
            return written;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static PackageFolder folder(DeploymentTarget target) throws TransportException {
        if (!GROUP.matcher(target.group()).matches()) {
            throw new TransportException(Kind.REJECTED, 0, target + ": group: 1-64 letters, digits, '.', '_' or "
                    + "'-', starting with a letter or digit");
        }
        try {
            return new PackageFolder(Path.of(target.server()).resolve(target.group()));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new TransportException(Kind.REJECTED, 0, target + ": server: a folder export needs an absolute "
                    + "file: URI, e.g. file:///srv/share/");
        }
    }

    private static DeployedPolicy deployed(PackageFolder.Package p) {
        return new DeployedPolicy(p.info().version(), p.policy());
    }

    private static TransportException failure(DeploymentTarget target, IOException e) {
        return new TransportException(Kind.FAILED, target + ": cannot export to " + target.server() + ": "
                + e.getMessage(), e);
    }
}
