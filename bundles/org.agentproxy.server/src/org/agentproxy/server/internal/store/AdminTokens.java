package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The admin token hashes, one ledger entry each (the file store's {@code admin-tokens/}, the database's
 * {@code admin_tokens}). When there is none, the first start makes one and writes it to the data directory's
 * {@code admin-token} file. Thread-safe: lookups read an immutable list.
 */
public final class AdminTokens {

    private record AdminToken(String name, byte[] hash) {
    }

    private final Ledger ledger;
    private volatile List<AdminToken> tokens = List.of();

    public AdminTokens(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Reads the entries not read yet; true when there were any. */
    public synchronized boolean load(Consumer<String> log) throws IOException {
        List<AdminToken> more = new ArrayList<>(tokens);
        for (Ledger.Entry entry : ledger.load(log)) {
            more.add(new AdminToken(Json.text(entry.document(), "name"),
                    HexFormat.of().parseHex(Json.text(entry.document(), "sha256"))));
        }
        boolean changed = more.size() > tokens.size();
        tokens = List.copyOf(more);
        return changed;
    }

    /**
     * Makes the first admin token when there is none: writes it to {@code DATA/admin-token} (owner-only), then
     * records its hash. When a server sharing the ledger made one at the same moment, that one stands (in that
     * server's data directory) and this one's file is removed.
     */
    public synchronized void ensureOne(DataDirectory data, Consumer<String> log) throws IOException {
        if (!tokens.isEmpty()) {
            return;
        }
        String token = Tokens.generate("apa_");
        ObjectNode doc = Json.object();
        doc.put("format", "agentproxy-server-admin-token/1");
        doc.put("name", "admin");
        doc.put("time", Instant.now().toString());
        doc.put("sha256", Tokens.hashHex(token));
        data.writeAdminToken(token);
        try {
            ledger.append(ledger.next(), doc);
        } catch (LedgerConflictException another) { // another replica made the first one: its data holds it
            data.deleteAdminToken();
            load(log);
            return;
        }
        tokens = List.of(new AdminToken("admin", Tokens.hash(token)));
        log.accept("first start: the admin token is in " + data.path().resolve(DataDirectory.ADMIN_TOKEN_FILE)
                + " (owner-only; the server keeps only its hash)");
    }

    /** How many admin tokens there are. */
    public int size() {
        return tokens.size();
    }

    /** The name of the admin token presented, if it is one. */
    public Optional<String> name(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] hash = Tokens.hash(presented); // hashed once, compared with every stored hash in constant time
        String name = null;
        for (AdminToken token : tokens) {
            if (MessageDigest.isEqual(token.hash(), hash) && name == null) {
                name = token.name();
            }
        }
        return Optional.ofNullable(name);
    }
}
