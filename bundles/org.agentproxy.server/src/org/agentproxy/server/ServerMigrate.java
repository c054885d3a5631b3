package org.agentproxy.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.agentproxy.server.internal.store.StoreMigration;

/**
 * Copies a data directory into a PostgreSQL database ({@code agentproxy server migrate --from DIR
 * --to postgresql://…}) and back ({@code --from postgresql://… --to NEWDIR --key FILE}). Exit codes: 0 copied and verified, 2 bad arguments,
 * 1 refused or failed (a non-empty target, an unreachable database, a failed verification). The command line is the
 * CLI bundle's; this class takes values.
 *
 * @since 1.0.0
 */
public final class ServerMigrate {

    private ServerMigrate() {
    }

    /**
     * Copies {@code from} into {@code to} and verifies the copy: one of them a data directory, the other a
     * {@code postgresql://HOST[:PORT]/DB} URL.
     *
     * @param user         the database user, or {@code null} (PGUSER, the OS user)
     * @param passwordFile the database password in an owner-only file, or {@code null} (PGPASSFILE, ~/.pgpass)
     * @param key          from a database into a new data directory: the {@code secret.key} of the database's
     *                     servers; {@code null} otherwise
     * @return {@link ServerLauncher#OK} copied and verified; {@link ServerLauncher#INVALID} a value cannot be used;
     *         {@link ServerLauncher#FAILED} refused or failed (a non-empty target, an unreachable database, a failed
     *         verification)
     * @throws IllegalArgumentException neither or both of {@code from} and {@code to} are {@code postgresql://} URLs
     */
    public static int run(String from, String to, String user, Path passwordFile, Path key, PrintStream out,
            PrintStream err) {
        if (from.startsWith("postgresql://") == to.startsWith("postgresql://")) {
            throw new IllegalArgumentException("one of --from and --to is a data directory, the other a "
                    + "postgresql:// URL");
        }
        try {
            StoreMigration migration = new StoreMigration(line -> err.println("agentproxy server migrate: " + line));
            StoreMigration.Counts counts;
            if (to.startsWith("postgresql://")) {
                DatabaseConfig db = new DatabaseConfig(to, user, passwordFile);
                counts = migration.toDatabase(Path.of(from), db);
                out.println("agentproxy server migrate: copied " + counts + " from " + Path.of(from) + " to "
                        + db.display() + "; verified by reading both back. Start the replicas with --store "
                        + db.display() + " and a copy of " + Path.of(from).resolve("secret.key"));
            } else {
                DatabaseConfig db = new DatabaseConfig(from, user, passwordFile);
                counts = migration.toDirectory(db, Path.of(to), key);
                out.println("agentproxy server migrate: copied " + counts + " from " + db.display() + " to "
                        + Path.of(to) + "; verified by reading both back. Start a server with --data " + Path.of(to));
            }
            return ServerLauncher.OK;
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server migrate: " + e.getMessage());
            return ServerLauncher.INVALID;
        } catch (IOException e) {
            err.println("agentproxy server migrate: " + e.getMessage());
            return ServerLauncher.FAILED;
        }
    }
}
