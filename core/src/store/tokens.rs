//! API tokens: `hd_<id>_<64 hex>`. Only the SHA-256 of the secret part is stored; checking
//! compares hashes in constant time. A token stands for a person or an integration and may
//! have chat identities linked to it, so that an approval clicked in Discord is recorded as the
//! named person behind the token.

use subtle::ConstantTimeEq;

use super::{Store, from_ms, ms, now, on_pool, on_tx, sha256_hex};
use crate::error::{Error, FieldError, FieldProblem};
use crate::model::{Actor, CreatedToken, Identity, Principal, Role, TokenId, TokenInfo};

#[derive(sqlx::FromRow)]
struct TokenRow {
    id: i64,
    name: String,
    role: String,
    token_hash: String,
    created_at: i64,
    revoked_at: Option<i64>,
}

fn parse_token(raw: &str) -> Option<(i64, &str)> {
    let rest = raw.trim().strip_prefix("hd_")?;
    let (id, secret) = rest.split_once('_')?;
    let id = id.parse::<i64>().ok()?;
    (secret.len() == 64).then_some((id, secret))
}

impl Store {
    /// Create a token for `name` with `role`, linking `links` (e.g. `discord:123`). The secret
    /// is returned once and never stored.
    pub async fn create_token(
        &self,
        name: &str,
        role: Role,
        links: &[Identity],
    ) -> Result<CreatedToken, Error> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(Error::validation(FieldError::new(
                "name",
                FieldProblem::InvalidFormat,
            )));
        }
        let secret = hex::encode(rand::random::<[u8; 32]>());
        let hash = sha256_hex(&secret);
        let now = now();
        let mut tx = self.begin().await?;
        let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
            "INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(name).bind(role.as_str()).bind(&hash).bind(ms(now)).fetch_one(&mut **c).await?);
        for link in links {
            // ON CONFLICT: a concurrent link of the same identity becomes the same domain error.
            let inserted = on_tx!(&mut tx, c => sqlx::query(
                "INSERT INTO token_links (identity, token_id) VALUES ($1, $2) ON CONFLICT (identity) DO NOTHING")
                .bind(link.as_str()).bind(id).execute(&mut **c).await?.rows_affected());
            if inserted == 0 {
                return Err(Error::validation(FieldError::new(
                    "link",
                    FieldProblem::AlreadyLinked,
                )));
            }
        }
        tx.commit().await?;
        tracing::info!(token_id = id, role = role.as_str(), "token created");
        Ok(CreatedToken {
            info: TokenInfo {
                id: TokenId(id),
                name: name.to_owned(),
                role,
                links: links.to_vec(),
                created_at: now,
                revoked_at: None,
            },
            secret: format!("hd_{id}_{secret}"),
        })
    }

    /// All tokens, oldest first (revoked ones included).
    pub async fn list_tokens(&self) -> Result<Vec<TokenInfo>, Error> {
        let rows: Vec<TokenRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, name, role, token_hash, created_at, revoked_at FROM api_tokens ORDER BY id").fetch_all(p).await?);
        let links: Vec<(i64, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT token_id, identity FROM token_links ORDER BY identity").fetch_all(p).await?);
        rows.into_iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: TokenId(r.id),
                    name: r.name,
                    role: r
                        .role
                        .parse()
                        .map_err(|_| Error::Database(sqlx::Error::Protocol("bad role".into())))?,
                    links: links
                        .iter()
                        .filter(|(t, _)| *t == r.id)
                        .filter_map(|(_, i)| Identity::parse(i).ok())
                        .collect(),
                    created_at: from_ms(r.created_at),
                    revoked_at: r.revoked_at.map(from_ms),
                })
            })
            .collect()
    }

    /// Revoke a token (idempotent). Its links are removed.
    pub async fn revoke_token(&self, id: TokenId) -> Result<(), Error> {
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => {
            let n = sqlx::query("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2")
                .bind(ms(now())).bind(id.0).execute(&mut **c).await?.rows_affected();
            sqlx::query("DELETE FROM token_links WHERE token_id = $1").bind(id.0).execute(&mut **c).await?;
            n
        });
        tx.commit().await?;
        if n == 0 {
            return Err(Error::NotFound);
        }
        tracing::info!(token_id = id.0, "token revoked");
        Ok(())
    }

    /// The principal behind a raw bearer token, or `None` if unknown, malformed or revoked.
    pub async fn verify_token(&self, raw: &str) -> Result<Option<Principal>, Error> {
        let Some((id, secret)) = parse_token(raw) else {
            return Ok(None);
        };
        let row: Option<TokenRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, name, role, token_hash, created_at, revoked_at FROM api_tokens WHERE id = $1")
            .bind(id).fetch_optional(p).await?);
        let Some(row) = row else { return Ok(None) };
        let given = sha256_hex(secret);
        let same: bool = given.as_bytes().ct_eq(row.token_hash.as_bytes()).into();
        if !same || row.revoked_at.is_some() {
            return Ok(None);
        }
        self.principal(row).await.map(Some)
    }

    /// The principal of an unrevoked token by its id (a web session remembers the id, never the
    /// secret); `None` once the token is revoked or unknown, which ends such sessions.
    pub async fn active_principal(&self, id: TokenId) -> Result<Option<Principal>, Error> {
        let row: Option<TokenRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, name, role, token_hash, created_at, revoked_at FROM api_tokens WHERE id = $1")
            .bind(id.0).fetch_optional(p).await?);
        match row {
            Some(row) if row.revoked_at.is_none() => self.principal(row).await.map(Some),
            _ => Ok(None),
        }
    }

    async fn principal(&self, row: TokenRow) -> Result<Principal, Error> {
        let links: Vec<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT identity FROM token_links WHERE token_id = $1 ORDER BY identity").bind(row.id).fetch_all(p).await?);
        Ok(Principal {
            token_id: TokenId(row.id),
            name: row.name,
            role: row
                .role
                .parse()
                .map_err(|_| Error::Database(sqlx::Error::Protocol("bad role".into())))?,
            links: links
                .iter()
                .filter_map(|i| Identity::parse(i).ok())
                .collect(),
        })
    }

    /// The principal whose (unrevoked) token is linked to `identity`, e.g. the IT staff person
    /// behind a Discord user id.
    pub async fn principal_for_chat_identity(
        &self,
        identity: &str,
    ) -> Result<Option<Principal>, Error> {
        let row: Option<TokenRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT t.id, t.name, t.role, t.token_hash, t.created_at, t.revoked_at FROM api_tokens t \
             JOIN token_links l ON l.token_id = t.id WHERE l.identity = $1 AND t.revoked_at IS NULL")
            .bind(identity.trim()).fetch_optional(p).await?);
        match row {
            None => Ok(None),
            Some(row) => self.principal(row).await.map(Some),
        }
    }

    /// [`Store::principal_for_chat_identity`] as an [`Actor`]: lets the bot act as "the IT staff
    /// person whose token is linked to `discord:<id>`". `None`: not linked (treat as a plain
    /// chat user, who cannot approve).
    pub async fn actor_for_chat_identity(&self, identity: &str) -> Result<Option<Actor>, Error> {
        Ok(self
            .principal_for_chat_identity(identity)
            .await?
            .as_ref()
            .map(Actor::from_principal))
    }

    /// Number of unrevoked tokens with `role` (`None`: any role).
    pub async fn count_active_tokens(&self, role: Option<Role>) -> Result<i64, Error> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL AND ($1 IS NULL OR role = $1)")
            .bind(role.map(Role::as_str)).fetch_one(p).await?))
    }
}
