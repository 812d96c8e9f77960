-- Where a ticket's staff post lives on the chat platform (issue 11), so the outbox can edit it
-- down to number, kind and outcome when the ticket closes. Ids only: no personal data.
CREATE TABLE staff_posts (
    ticket_id  BIGINT PRIMARY KEY REFERENCES tickets (id),
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    posted_at  BIGINT NOT NULL
);
