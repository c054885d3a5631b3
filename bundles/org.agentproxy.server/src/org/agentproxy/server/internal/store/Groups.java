package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The agent groups of a store, by name. Thread-safe; lookups are lock-free. */
public interface Groups {

    /** What a group name may be: it is also a directory name and a URL path segment. */
    Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Says what a valid group name looks like, for error messages. */
    String NAME_RULE = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** The group as this server holds it in memory, or {@code null}: no I/O (agents' polls use it). */
    GroupStore get(String name);

    /**
     * The group, or {@code null}, for a request that may wait for the store (admin requests): a store shared by
     * several servers is asked on a miss, so a group another replica created a moment ago is found before its
     * notification arrives.
     */
    default GroupStore find(String name) throws IOException {
        return get(name);
    }

    /**
     * The group as the store holds it now, or {@code null}, for a request that may wait: a store shared by several
     * servers re-reads the group's row, so a version another replica deployed a moment ago is known before its
     * notification arrives (an agent that polled that replica reports it here).
     */
    default GroupStore reread(String name) throws IOException {
        return get(name);
    }

    /** Every live group, by name. */
    List<GroupStore> all();

    /**
     * Creates a group; returns empty when it exists already.
     *
     * @throws IllegalArgumentException when the name is not valid ({@link #NAME_RULE})
     */
    Optional<GroupStore.Created> create(String name, String actor) throws IOException;

    /**
     * Deletes a group if {@code expected} is its current version ({@code force} when it holds a policy): records
     * the deletion and stops serving it; nothing of its history is erased. Its agents then get 404; the name may
     * be created again, with a new token.
     *
     * @return empty when there is no such group
     */
    Optional<GroupDeletion> delete(String name, long expected, boolean force, String actor)
            throws StaleVersionException, GroupInUseException, IOException;
}
