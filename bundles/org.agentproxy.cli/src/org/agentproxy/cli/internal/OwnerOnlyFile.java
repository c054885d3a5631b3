package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.agentproxy.cli.UsageError;

/**
 * Files holding a credential (a token, passwords) must be readable by their owner only: on a POSIX file system a
 * file other users may read or write is refused, before it is read, with the option, the permissions and the fix.
 */
public final class OwnerOnlyFile {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFile() {
    }

    /**
     * @param path   the file
     * @param option how the user named it, e.g. {@code --token-file F}
     * @param holds  what it holds, e.g. {@code a token}
     * @throws UsageError other users may read or write it, e.g.
     *                    {@code --token-file F: other users may read it (rw-r--r--): it holds a token; chmod 600 it}
     */
    public static void check(Path path, String option, String holds) throws IOException, UsageError {
        if (!Files.getFileStore(path).supportsFileAttributeView("posix")) { //$NON-NLS-1$
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new UsageError(NLS.bind(Messages.OwnerOnlyFile_0OtherUsersMayRead, new Object[] { option, PosixFilePermissions.toString(permissions), holds }));
        }
    }
}
