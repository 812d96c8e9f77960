-- Helpdesk schema, SQLite flavour. Keep in step with ../postgres/0001_init.sql.
-- Timestamps are unix milliseconds (UTC) in BIGINT columns on both backends, so that one set of
-- queries compares and orders them the same way everywhere.
-- Never edit a migration once it has landed: add a new file.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The FAQ at run time. `content` is a helpdesk_faq::FaqEntry as JSON.
CREATE TABLE faq_entries (
    id         TEXT PRIMARY KEY,
    content    TEXT NOT NULL,
    revision   BIGINT NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE faq_revisions (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    action   TEXT NOT NULL,
    actor    TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    at       BIGINT NOT NULL,
    summary  TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (entry_id, revision)
);

-- One row: the global FAQ revision, bumped by every change so replicas can notice it cheaply.
CREATE TABLE faq_state (
    id       BIGINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO faq_state (id, revision) VALUES (1, 0);

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE token_links (
    identity TEXT PRIMARY KEY,
    token_id BIGINT NOT NULL REFERENCES api_tokens (id)
);

CREATE TABLE tickets (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    version          BIGINT NOT NULL,
    requester_id     TEXT,
    requester_name   TEXT,
    created_by       TEXT NOT NULL,
    email            TEXT,
    email_norm       TEXT,
    name_in_account  TEXT,
    name_in_contract TEXT,
    identnummer      TEXT,
    full_name        TEXT,
    reason           TEXT,
    note             TEXT,
    rejection_reason TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    due_at           BIGINT NOT NULL,
    closed_at        BIGINT,
    erased_at        BIGINT,
    email_hash       TEXT
);
-- At most one pending (open or approved) ticket per kind and account e-mail.
CREATE UNIQUE INDEX tickets_one_pending ON tickets (kind, email_norm)
    WHERE state IN ('open', 'approved');
CREATE INDEX tickets_state ON tickets (state, due_at);

CREATE TABLE approvals (
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    at         BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, actor_id)
);

-- Hash-chained audit trail. Holds no personal data (ids, actions, states, times only), so
-- erasure never has to touch it and the chain keeps verifying.
CREATE TABLE audit_events (
    seq        BIGINT PRIMARY KEY,
    ticket_id  BIGINT NOT NULL,
    action     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    version    BIGINT NOT NULL,
    at         BIGINT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_events_ticket ON audit_events (ticket_id, seq);

-- The end of the chain; locked by every append so the chain never forks.
CREATE TABLE audit_head (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id     BIGINT,
    topic         TEXT NOT NULL,
    recipient     TEXT,
    payload       TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    available_at  BIGINT NOT NULL,
    attempts      BIGINT NOT NULL DEFAULT 0,
    claimed_by    TEXT,
    claimed_until BIGINT,
    done_at       BIGINT,
    dead_at       BIGINT,
    last_error    TEXT
);
CREATE INDEX outbox_pending ON outbox (done_at, dead_at, available_at);

CREATE TABLE idempotency_keys (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    ticket_id    BIGINT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Questions as asked (redacted), for the "unanswered questions" inbox.
CREATE TABLE question_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         BIGINT NOT NULL,
    lang       TEXT NOT NULL,
    question   TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    top_hit    TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    channel    TEXT NOT NULL,
    resolved_to TEXT
);
CREATE INDEX question_log_outcome ON question_log (outcome, at);

CREATE TABLE faq_feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id    TEXT NOT NULL,
    helpful     BOOLEAN NOT NULL,
    question_id BIGINT,
    at          BIGINT NOT NULL
);
CREATE INDEX faq_feedback_entry ON faq_feedback (entry_id);
