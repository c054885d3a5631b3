package org.agentproxy.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.agentproxy.server.internal.store.StoreMigration;

/**
 * {@code agentproxy server migrate --from DIR --to postgresql://… [--db-user U] [--db-password-file F]} and the way
 * back, {@code --from postgresql://… --to NEWDIR --key FILE}. Exit codes: 0 copied and verified, 2 bad arguments,
 * 1 refused or failed (a non-empty target, an unreachable database, a failed verification).
 */
final class ServerMigrate {

    private ServerMigrate() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String from = null;
        String to = null;
        String user = null;
        Path passwordFile = null;
        Path key = null;
        try {
            for (Iterator<String> it = args.iterator(); it.hasNext();) {
                String arg = it.next();
                String value = switch (arg) {
                    case "--from", "--to", "--db-user", "--db-password-file", "--key" -> {
                        if (!it.hasNext()) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        yield it.next();
                    }
                    default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
                };
                switch (arg) {
                    case "--from" -> from = value;
                    case "--to" -> to = value;
                    case "--db-user" -> user = value;
                    case "--db-password-file" -> passwordFile = Path.of(value);
                    default -> key = Path.of(value);
                }
            }
            if (from == null || to == null) {
                throw new IllegalArgumentException("give --from and --to (a data directory and a postgresql:// URL)");
            }
            if (from.startsWith("postgresql://") == to.startsWith("postgresql://")) {
                throw new IllegalArgumentException("one of --from and --to is a data directory, the other a "
                        + "postgresql:// URL");
            }
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server migrate: " + e.getMessage() + " (see agentproxy server --help)");
            return 2;
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
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("agentproxy server migrate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("agentproxy server migrate: " + e.getMessage());
            return 1;
        }
    }
}
