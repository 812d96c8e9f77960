-- Cached embedding vectors of FAQ texts (optional semantic signal, issue 9): one row per
-- embedder fingerprint (model and options) and content hash; the vector as little-endian f32.
CREATE TABLE faq_vectors (
    fingerprint TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    dim BIGINT NOT NULL,
    vector BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (fingerprint, content_hash)
);
