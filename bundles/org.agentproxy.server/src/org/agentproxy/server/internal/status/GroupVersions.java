package org.agentproxy.server.internal.status;

import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.VersionRecord;

/** What the fleet status needs of a group's policy store: the current version and the policy of any version. */
public interface GroupVersions {

    /** The current version, 0 when none is deployed. */
    long current();

    /** The policy of a version, if the group has it. */
    Optional<Policy> policy(long version);

    /** A group store's versions: the current one without a lock (the agents' view). */
    static GroupVersions of(GroupStore group) {
        return new GroupVersions() {
            @Override
            public long current() {
                return group.agentView().version();
            }

            @Override
            public Optional<Policy> policy(long version) {
                return group.version(version).map(VersionRecord::policy);
            }
        };
    }
}
