-- Several replicas on one database (issue 12).

-- Outbox fencing: every claim bumps `claim_gen`; an ack or retry names the generation it
-- holds and changes nothing when another worker has claimed the row since.
ALTER TABLE outbox ADD COLUMN claim_gen BIGINT NOT NULL DEFAULT 0;
-- Set when an operator requeues a dead row: the give-up clock restarts from here.
ALTER TABLE outbox ADD COLUMN requeued_at BIGINT;
CREATE INDEX outbox_dead ON outbox (dead_at);

-- Discord interaction ids already handled by any replica (replay check), until `expires_at`.
CREATE TABLE interaction_replays (
    id         TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX interaction_replays_expiry ON interaction_replays (expires_at);

-- Fixed-window counters shared by all replicas (public /ask limit, LLM call budget).
CREATE TABLE rate_counters (
    key          TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits         BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_counters_expiry ON rate_counters (expires_at);
