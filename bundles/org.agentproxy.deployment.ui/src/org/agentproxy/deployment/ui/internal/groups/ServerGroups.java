package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.agentproxy.deployment.ui.internal.servers.ServerProbe;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * What the Policy Servers view knows of each server's groups: read in a Job per server, kept until the next refresh.
 * Plain data: the view renders it.
 */
final class ServerGroups {

    /** A line under a server that is not a group: reading, a failure, or "no groups yet". */
    record Note(PolicyServerEntry server, String text) {
    }

    private final Map<String, List<?>> children = new ConcurrentHashMap<>();
    private final AtomicInteger generation = new AtomicInteger();
    private final Runnable changed;

    /** @param changed called on the Job's thread when a server's groups were read */
    ServerGroups(Runnable changed) {
        this.changed = changed;
    }

    /** The server's groups (or a note), reading them when not known yet. */
    List<?> of(PolicyServerEntry server) {
        return children.computeIfAbsent(server.id(), id -> {
            read(server);
            return List.of(new Note(server, Messages.ServerGroups_readingTheGroups));
        });
    }

    /** Forgets everything; the next {@link #of} reads again. */
    void clear() {
        generation.incrementAndGet();
        children.clear();
    }

    private void read(PolicyServerEntry server) {
        int readFor = generation.get();
        Job job = Job.create(NLS.bind(Messages.ServerGroups_readingTheGroupsOf0, server.url()), monitor -> {
            List<?> result;
            try {
                AccessToken token = DeploymentUi.get().servers().token(server.id()).orElse(null);
                List<GroupNode> groups = ServerProbe.groups(server.url(), token, monitor).stream()
                        .map(g -> new GroupNode(server, g)).toList();
                result = groups.isEmpty() ? List.of(new Note(server, Messages.ServerGroups_noAgentGroupsYetCreate))
                        : groups;
            } catch (Exception e) {
                result = List.of(new Note(server, NLS.bind(Messages.ServerGroups_failed0, e.getMessage())));
            }
            if (generation.get() != readFor) {
                return Status.OK_STATUS; // a refresh since: its own read answers, not this older one
            }
            children.put(server.id(), result);
            changed.run();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
