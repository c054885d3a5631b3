package org.agentproxy.server.internal.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A file holding a private key or a password must be readable by its owner only (on a POSIX file system). */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** @throws IOException with {@code OPTION FILE: other users may read it (rw-r--r--): it holds …; chmod 600 it} */
    public static void check(Path file, String option, String holds) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(option + " " + file + ": no such file");
        }
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new IOException(option + " " + file + ": other users may read it ("
                    + PosixFilePermissions.toString(permissions) + "): it holds " + holds + "; chmod 600 it");
        }
    }
}
