-- Schema 2: the fleet status (docs/fleet-status.md) that every replica writes and reads. One row per group and
-- agent: its last report (the agentproxy-agent-status/1 document) and its last poll, written by whichever replica
-- the agent reached, in batches (PgAgentStatusStore). The comparison's result is kept as the mismatch flag; the
-- mismatched purposes are compared anew from the report when an administrator lists the agent.
CREATE TABLE agent_status (
    group_id       bigint NOT NULL REFERENCES groups (id),
    -- "C": the listing pages by id in the order Java's String.compareTo gives (the file store's order)
    agent          text COLLATE "C" NOT NULL,
    -- the version applied per the last report; NULL while the agent only polled
    version        bigint,
    -- epoch milliseconds; 0: never
    received_at    bigint NOT NULL DEFAULT 0,
    last_poll      bigint NOT NULL DEFAULT 0,
    polled_version bigint NOT NULL DEFAULT 0,
    failing        boolean NOT NULL DEFAULT false,
    mismatch       boolean NOT NULL DEFAULT false,
    report         text,
    known_version  bigint GENERATED ALWAYS AS (CASE WHEN version IS NULL THEN polled_version
                                                   ELSE greatest(version, 0) END) STORED,
    last_seen      bigint GENERATED ALWAYS AS (greatest(received_at, last_poll)) STORED,
    PRIMARY KEY (group_id, agent)
);
