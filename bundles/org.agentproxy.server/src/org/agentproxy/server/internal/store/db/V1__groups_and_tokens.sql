-- Schema 1 of the policy server's PostgreSQL store (docs/scaling.md). Every ledger (a group's versions, agent
-- tokens and secrets; the admin tokens) is a table of numbered JSON documents in the file store's formats: the
-- primary key makes an entry number a compare-and-set, so two replicas cannot both commit version N.
CREATE TABLE server_settings (
    name  text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE groups (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    created    timestamptz NOT NULL DEFAULT now(),
    -- one more on every committed change: the replicas' watchdog re-reads the groups whose count moved
    changes    bigint NOT NULL DEFAULT 0,
    deleted_at timestamptz,
    -- the deletion record (agentproxy-server-deletion/1); a deleted group keeps every row
    deletion   text
);
CREATE UNIQUE INDEX groups_live_name ON groups (name) WHERE deleted_at IS NULL;

CREATE TABLE versions (
    group_id bigint NOT NULL REFERENCES groups (id),
    number   bigint NOT NULL CHECK (number > 0),
    document text NOT NULL,
    PRIMARY KEY (group_id, number)
);

CREATE TABLE agent_tokens (
    group_id bigint NOT NULL REFERENCES groups (id),
    number   bigint NOT NULL CHECK (number > 0),
    document text NOT NULL,
    PRIMARY KEY (group_id, number)
);

CREATE TABLE secrets (
    group_id bigint NOT NULL REFERENCES groups (id),
    number   bigint NOT NULL CHECK (number > 0),
    document text NOT NULL,
    PRIMARY KEY (group_id, number)
);

CREATE TABLE admin_tokens (
    group_id bigint NOT NULL DEFAULT 0 CHECK (group_id = 0),
    number   bigint NOT NULL CHECK (number > 0),
    document text NOT NULL,
    PRIMARY KEY (group_id, number)
);
