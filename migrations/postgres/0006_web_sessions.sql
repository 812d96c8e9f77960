-- Sessions of the web console (tower-sessions-sqlx-store's PostgresStore, schema `public`, table
-- `web_sessions`). The columns are the ones that store reads and writes; `data` is the
-- MessagePack-encoded record.
CREATE TABLE web_sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    data        BYTEA NOT NULL,
    expiry_date TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expiry_date);
