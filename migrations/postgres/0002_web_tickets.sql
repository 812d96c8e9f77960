-- Web tickets: a requester who filed from the web form is not a verified chat identity, so IT
-- checks identity before acting; and private status links (only the SHA-256 of the token).
-- Keep in step with ../sqlite/0002_web_tickets.sql.

ALTER TABLE tickets ADD COLUMN requester_verified BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE status_links (
    token_hash TEXT PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX status_links_ticket ON status_links (ticket_id);
