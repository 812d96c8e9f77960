-- The FAQ's domain vocabulary (synonym concepts, compound parts, stop words; issue 9), stored
-- with the FAQ so maintainers can edit it through the admin API without a release. One row
-- (JSON of helpdesk_faq::Vocabulary) with a revision; every change is kept in the revisions
-- table and bumps faq_state.revision, so every replica rebuilds its index.
CREATE TABLE faq_vocabulary (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    content    TEXT NOT NULL,
    revision   BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE faq_vocabulary_revisions (
    revision   BIGINT PRIMARY KEY,
    action     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    at         BIGINT NOT NULL,
    summary    TEXT NOT NULL,
    content    TEXT NOT NULL
);
