//! The cache of FAQ text vectors for the optional semantic signal: one row per embedder
//! fingerprint and content hash, the vector as little-endian `f32` bytes. Rows are never
//! updated (a changed text has another hash); they are small, so stale ones are left alone.

use std::collections::HashMap;

use super::{Store, ms, now, on_pool, on_tx};
use crate::error::Error;

/// Hashes per lookup query (well below SQLite's and PostgreSQL's parameter limits).
const LOOKUP_CHUNK: usize = 500;

fn to_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn from_bytes(b: &[u8]) -> Option<Vec<f32>> {
    if !b.len().is_multiple_of(4) {
        return None;
    }
    Some(
        b.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

impl Store {
    /// The cached vectors among `hashes` for `fingerprint` (missing ones are simply absent).
    pub async fn cached_vectors(
        &self,
        fingerprint: &str,
        hashes: &[String],
    ) -> Result<HashMap<String, Vec<f32>>, Error> {
        let mut found = HashMap::with_capacity(hashes.len());
        for chunk in hashes.chunks(LOOKUP_CHUNK) {
            let placeholders: Vec<String> =
                (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!(
                "SELECT content_hash, vector FROM faq_vectors WHERE fingerprint = $1 AND content_hash IN ({})",
                placeholders.join(", ")
            );
            let rows: Vec<(String, Vec<u8>)> = on_pool!(self, p => {
                let mut q = sqlx::query_as(&sql).bind(fingerprint);
                for h in chunk {
                    q = q.bind(h);
                }
                q.fetch_all(p).await?
            });
            for (hash, bytes) in rows {
                if let Some(v) = from_bytes(&bytes) {
                    found.insert(hash, v);
                }
            }
        }
        Ok(found)
    }

    /// Caches `vectors` (content hash, vector) for `fingerprint`; existing rows are kept.
    pub async fn save_vectors(
        &self,
        fingerprint: &str,
        vectors: &[(String, Vec<f32>)],
    ) -> Result<(), Error> {
        let at = ms(now());
        let mut tx = self.begin().await?;
        for (hash, v) in vectors {
            let dim = i64::try_from(v.len()).unwrap_or(i64::MAX);
            on_tx!(&mut tx, c => { sqlx::query(
                "INSERT INTO faq_vectors (fingerprint, content_hash, dim, vector, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (fingerprint, content_hash) DO NOTHING")
                .bind(fingerprint).bind(hash).bind(dim).bind(to_bytes(v)).bind(at)
                .execute(&mut **c).await?; });
        }
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_round_trip_through_bytes() {
        let v = vec![0.25f32, -1.5, 3.0e-7, f32::MAX];
        assert_eq!(from_bytes(&to_bytes(&v)), Some(v));
        assert_eq!(from_bytes(&[1, 2, 3]), None);
    }
}
