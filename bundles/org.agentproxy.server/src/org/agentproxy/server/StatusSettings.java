package org.agentproxy.server;

import java.time.Duration;
import java.util.Objects;

import org.agentproxy.simulation.status.StatusLimits;

/**
 * How the policy server keeps the fleet status (docs/fleet-status.md).
 *
 * @param minReportInterval  one report per agent within this time; a sooner one gets 429 with {@code Retry-After}
 * @param notSeenAfter       an agent with neither a report nor a poll for this long is marked not seen (never
 *                           deleted)
 * @param snapshotInterval   how often a changed fleet status is written to the data directory
 * @param maxAgentsPerGroup  the most agents one group tracks; reports of further agents get 429
 * @param limits             what a report may hold
 */
public record StatusSettings(Duration minReportInterval, Duration notSeenAfter, Duration snapshotInterval,
        int maxAgentsPerGroup, StatusLimits limits) {

    /** 10 s between reports, not seen after 1 h, a snapshot every 30 s, 1,000,000 agents per group. */
    public static final StatusSettings DEFAULTS = new StatusSettings(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofSeconds(30), 1_000_000, StatusLimits.DEFAULT);

    public StatusSettings {
        Objects.requireNonNull(minReportInterval, "minReportInterval");
        Objects.requireNonNull(notSeenAfter, "notSeenAfter");
        Objects.requireNonNull(snapshotInterval, "snapshotInterval");
        Objects.requireNonNull(limits, "limits");
        if (minReportInterval.isNegative() || notSeenAfter.isNegative() || notSeenAfter.isZero()
                || snapshotInterval.isNegative() || snapshotInterval.isZero()) {
            throw new IllegalArgumentException("the report interval must be >= 0, the other times > 0");
        }
        if (maxAgentsPerGroup < 1) {
            throw new IllegalArgumentException("maxAgentsPerGroup: must be at least 1, not " + maxAgentsPerGroup);
        }
    }

    public StatusSettings withMinReportInterval(Duration value) {
        return new StatusSettings(value, notSeenAfter, snapshotInterval, maxAgentsPerGroup, limits);
    }

    public StatusSettings withNotSeenAfter(Duration value) {
        return new StatusSettings(minReportInterval, value, snapshotInterval, maxAgentsPerGroup, limits);
    }

    public StatusSettings withSnapshotInterval(Duration value) {
        return new StatusSettings(minReportInterval, notSeenAfter, value, maxAgentsPerGroup, limits);
    }

    public StatusSettings withMaxAgentsPerGroup(int value) {
        return new StatusSettings(minReportInterval, notSeenAfter, snapshotInterval, value, limits);
    }
}
