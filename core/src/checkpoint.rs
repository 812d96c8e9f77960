//! Signed checkpoints of the audit chain, kept outside the database.
//!
//! The chain in [`crate::store::audit`] finds any change *inside* it, but whoever can write the
//! database can also cut its tail and rewrite `audit_head` to match. A checkpoint pins the head
//! with a signature by a key the database never sees, and lives in an append-only file
//! elsewhere, like CloudTrail's digest files:
//!
//! ```text
//! {"format":"helpdesk-audit-checkpoint-v1","seq":42,"head_hash":"…","at":"2026-11-29T21:00:00Z",
//!  "prev_signature":"…","public_key":"…","signature":"…"}
//! ```
//!
//! One JSON object per line. `signature` is Ed25519 over the canonical JSON array
//! `[format, seq, head_hash, at, prev_signature, public_key]`; `prev_signature` is the previous
//! line's signature (`null` on the first), so removing or reordering lines breaks the file's own
//! chain. [`Store::verify_with`] then checks the database against every checkpoint: a cut tail
//! is `checkpoint_missing`, a rewritten one `checkpoint_mismatch`.
//!
//! Keys: a 32-byte Ed25519 seed as 64 hex characters, in a file (`HELPDESK_AUDIT_KEY_FILE`,
//! made by `helpdesk audit keygen`) or the environment (`HELPDESK_AUDIT_KEY`). Verification
//! needs only the public key.

use std::io::Write;
use std::path::Path;

use chrono::{SecondsFormat, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::Store;
use crate::error::Error;
use crate::store::audit::{Anchor, BrokenLink};

/// The format tag of checkpoint lines.
pub const FORMAT: &str = "helpdesk-audit-checkpoint-v1";

/// Why a checkpoint could not be written or a checkpoint file does not verify.
#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("reading or writing {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the audit key must be 64 hex characters (a 32-byte Ed25519 seed)")]
    BadKey,
    #[error("the public key must be 64 hex characters (a 32-byte Ed25519 public key)")]
    BadPublicKey,
    #[error("line {line} of the checkpoint file is not a checkpoint")]
    BadLine { line: usize },
    #[error("line {line} of the checkpoint file was signed by another key")]
    WrongKey { line: usize },
    #[error("line {line} of the checkpoint file has an invalid signature")]
    BadSignature { line: usize },
    #[error(
        "line {line} of the checkpoint file does not follow the line before it (lines removed or reordered)"
    )]
    BrokenFile { line: usize },
    #[error("the audit chain is broken at seq {} ({}): refusing to sign it", .0.seq, .0.reason)]
    ChainBroken(BrokenLink),
    #[error(transparent)]
    Store(#[from] Error),
}

/// The signing key. Never stored in the database.
pub struct AuditKey(SigningKey);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditKey")
            .field("public_key", &self.public_hex())
            .finish()
    }
}

impl AuditKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        AuditKey(SigningKey::from_bytes(&rand::random::<[u8; 32]>()))
    }

    /// From 64 hex characters (surrounding whitespace ignored).
    pub fn from_hex(s: &str) -> Result<Self, CheckpointError> {
        let bytes: [u8; 32] = hex::decode(s.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(CheckpointError::BadKey)?;
        Ok(AuditKey(SigningKey::from_bytes(&bytes)))
    }

    /// Read a key file written by [`AuditKey::to_hex`].
    pub fn load(path: &Path) -> Result<Self, CheckpointError> {
        let text = std::fs::read_to_string(path).map_err(|source| CheckpointError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_hex(&text)
    }

    /// The secret seed as hex (for the key file only).
    pub fn to_hex(&self) -> String {
        hex::encode(self.0.to_bytes())
    }

    pub fn public_key(&self) -> VerifyingKey {
        self.0.verifying_key()
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.public_key().to_bytes())
    }
}

/// Parse a public key given as 64 hex characters.
pub fn public_key_from_hex(s: &str) -> Result<VerifyingKey, CheckpointError> {
    let bytes: [u8; 32] = hex::decode(s.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(CheckpointError::BadPublicKey)?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| CheckpointError::BadPublicKey)
}

/// One line of the checkpoint file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub format: String,
    /// The chain's last `seq` when signed.
    pub seq: i64,
    /// The hash of that event.
    pub head_hash: String,
    /// When it was signed (RFC 3339, UTC).
    pub at: String,
    /// The previous line's signature; `None` on the first line.
    pub prev_signature: Option<String>,
    pub public_key: String,
    pub signature: String,
}

impl Checkpoint {
    fn message(
        seq: i64,
        head_hash: &str,
        at: &str,
        prev: Option<&str>,
        public_key: &str,
    ) -> Vec<u8> {
        serde_json::json!([FORMAT, seq, head_hash, at, prev, public_key])
            .to_string()
            .into_bytes()
    }

    /// Sign the head `(seq, head_hash)` now, following `prev` (the file's last line).
    pub fn sign(key: &AuditKey, seq: i64, head_hash: &str, prev: Option<&Checkpoint>) -> Self {
        let at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        let prev_signature = prev.map(|p| p.signature.clone());
        let public_key = key.public_hex();
        let msg = Self::message(seq, head_hash, &at, prev_signature.as_deref(), &public_key);
        Checkpoint {
            format: FORMAT.to_owned(),
            seq,
            head_hash: head_hash.to_owned(),
            at,
            prev_signature,
            public_key,
            signature: hex::encode(key.0.sign(&msg).to_bytes()),
        }
    }

    /// The claim this checkpoint makes about the chain.
    pub fn anchor(&self) -> Anchor {
        Anchor {
            seq: self.seq,
            hash: self.head_hash.clone(),
        }
    }

    fn signature_ok(&self, key: &VerifyingKey) -> bool {
        let Some(sig) = hex::decode(&self.signature)
            .ok()
            .and_then(|b| <[u8; 64]>::try_from(b).ok())
        else {
            return false;
        };
        let msg = Self::message(
            self.seq,
            &self.head_hash,
            &self.at,
            self.prev_signature.as_deref(),
            &self.public_key,
        );
        self.format == FORMAT && key.verify(&msg, &Signature::from_bytes(&sig)).is_ok()
    }
}

/// Read a checkpoint file (a missing file has no checkpoints).
pub fn read_file(path: &Path) -> Result<Vec<Checkpoint>, CheckpointError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(CheckpointError::Io {
                path: path.display().to_string(),
                source,
            });
        }
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|_| CheckpointError::BadLine { line: i + 1 }))
        .collect()
}

/// Check every line's signature against the trusted `key` and the links between lines.
pub fn verify_file(checkpoints: &[Checkpoint], key: &VerifyingKey) -> Result<(), CheckpointError> {
    let key_hex = hex::encode(key.to_bytes());
    let mut prev: Option<&Checkpoint> = None;
    for (i, c) in checkpoints.iter().enumerate() {
        let line = i + 1;
        if c.public_key != key_hex {
            return Err(CheckpointError::WrongKey { line });
        }
        if !c.signature_ok(key) {
            return Err(CheckpointError::BadSignature { line });
        }
        let follows = match prev {
            None => c.prev_signature.is_none(),
            Some(p) => c.prev_signature.as_deref() == Some(p.signature.as_str()) && c.seq >= p.seq,
        };
        if !follows {
            return Err(CheckpointError::BrokenFile { line });
        }
        prev = Some(c);
    }
    Ok(())
}

/// Append `c` as one line to `path` (created if missing) and flush it to disk.
pub fn append(path: &Path, c: &Checkpoint) -> Result<(), CheckpointError> {
    let io = |source| CheckpointError::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut line = serde_json::to_string(c).map_err(|e| io(std::io::Error::other(e)))?;
    line.push('\n');
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(io)?;
    f.write_all(line.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)
}

impl Store {
    /// Verify the chain, then sign its head and append the checkpoint to `path`. With
    /// `only_if_changed`, nothing is written when the file's last checkpoint already has this
    /// head (`Ok(None)`). A broken chain is never signed.
    pub async fn write_checkpoint(
        &self,
        key: &AuditKey,
        path: &Path,
        only_if_changed: bool,
    ) -> Result<Option<Checkpoint>, CheckpointError> {
        let existing = read_file(path)?;
        let anchors: Vec<Anchor> = existing.iter().map(Checkpoint::anchor).collect();
        let report = self.verify_with(&anchors).await?;
        if let Some(b) = report.broken {
            return Err(CheckpointError::ChainBroken(b));
        }
        let seq = report.events;
        let last = existing.last();
        if only_if_changed && last.is_some_and(|l| l.seq == seq && l.head_hash == report.head_hash)
        {
            return Ok(None);
        }
        let c = Checkpoint::sign(key, seq, &report.head_hash, last);
        append(path, &c)?;
        tracing::info!(seq, "audit checkpoint written");
        Ok(Some(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_lines_verify_and_tampering_is_found() {
        let key = AuditKey::generate();
        let a = Checkpoint::sign(&key, 3, &"a".repeat(64), None);
        let b = Checkpoint::sign(&key, 5, &"b".repeat(64), Some(&a));
        let pk = key.public_key();
        assert!(verify_file(&[a.clone(), b.clone()], &pk).is_ok());
        // A removed first line breaks the file's chain.
        assert!(matches!(
            verify_file(std::slice::from_ref(&b), &pk),
            Err(CheckpointError::BrokenFile { line: 1 })
        ));
        // A changed claim breaks the signature.
        let mut forged = b.clone();
        forged.seq = 4;
        assert!(matches!(
            verify_file(&[a.clone(), forged], &pk),
            Err(CheckpointError::BadSignature { line: 2 })
        ));
        // Another key (even one that signs correctly) is refused.
        let other = AuditKey::generate();
        let c = Checkpoint::sign(&other, 3, &"a".repeat(64), None);
        assert!(matches!(
            verify_file(&[c], &pk),
            Err(CheckpointError::WrongKey { line: 1 })
        ));
    }

    #[test]
    fn keys_round_trip_through_hex() {
        let key = AuditKey::generate();
        let again = AuditKey::from_hex(&format!(" {}\n", key.to_hex())).unwrap();
        assert_eq!(again.public_hex(), key.public_hex());
        assert!(public_key_from_hex(&key.public_hex()).is_ok());
        assert!(matches!(
            AuditKey::from_hex("abc"),
            Err(CheckpointError::BadKey)
        ));
        assert!(
            !format!("{key:?}").contains(&key.to_hex()),
            "Debug hides the secret"
        );
    }
}
