-- Trust (issue 11): tokens belong to staff persons, approvals and chat links name the person,
-- audit events carry the approving person. Keep in step with ../postgres/0003_staff_persons.sql.

-- A member of staff. Four eyes compare persons, not tokens: two tokens of one person are one
-- approver. `email` is stored lowercased and is optional (lookup for `token create --person`).
CREATE TABLE staff_persons (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    email      TEXT UNIQUE,
    created_at BIGINT NOT NULL
);

-- Every existing token becomes its own person (same id, so the backfills below can map them).
INSERT INTO staff_persons (id, name, created_at) SELECT id, name, created_at FROM api_tokens;
ALTER TABLE api_tokens ADD COLUMN person_id BIGINT REFERENCES staff_persons (id);
UPDATE api_tokens SET person_id = id;
CREATE INDEX api_tokens_person ON api_tokens (person_id);

-- Chat identities link to the person (revoking or reissuing a token keeps them).
CREATE TABLE person_links (
    identity  TEXT PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES staff_persons (id)
);
INSERT INTO person_links (identity, person_id) SELECT identity, token_id FROM token_links;
DROP TABLE token_links;

-- Approvals name the person; one approval per person and ticket.
ALTER TABLE approvals ADD COLUMN person_id BIGINT;
UPDATE approvals SET person_id = CAST(SUBSTR(actor_id, 7) AS BIGINT) WHERE actor_id LIKE 'token:%';
CREATE UNIQUE INDEX approvals_one_per_person ON approvals (ticket_id, person_id);

-- Audit events of format 2 also chain the acting person (see core/src/store/audit.rs).
ALTER TABLE audit_events ADD COLUMN person_id BIGINT;
ALTER TABLE audit_events ADD COLUMN format BIGINT NOT NULL DEFAULT 1;

-- The person who filed a ticket through a token (self-approval compares persons).
ALTER TABLE tickets ADD COLUMN created_by_person BIGINT;
UPDATE tickets SET created_by_person = CAST(SUBSTR(created_by, 7) AS BIGINT) WHERE created_by LIKE 'token:%';
