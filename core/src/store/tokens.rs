//! Staff persons and their API tokens: `hd_<id>_<64 hex>`. Only the SHA-256 of the secret part
//! is stored; checking compares hashes in constant time.
//!
//! Every token belongs to a staff person ([`Person`]); chat identities are linked to the
//! person, not the token, so an approval clicked in Discord is recorded as that person, and the
//! four-eyes rules compare persons: two tokens of one person are one approver. Revoking or
//! reissuing a token keeps the person and their links.

use subtle::ConstantTimeEq;

use super::{Store, Tx, from_ms, ms, now, on_pool, on_tx, sha256_hex};
use crate::error::{Error, FieldError, FieldProblem};
use crate::model::{
    Actor, CreatedToken, Email, Identity, Person, PersonId, PersonRef, Principal, Role, TokenId,
    TokenInfo,
};

#[derive(sqlx::FromRow)]
struct TokenRow {
    id: i64,
    person_id: Option<i64>,
    name: String,
    role: String,
    token_hash: String,
    created_at: i64,
    revoked_at: Option<i64>,
}

const TOKEN_COLS: &str = "id, person_id, name, role, token_hash, created_at, revoked_at";

impl TokenRow {
    fn role(&self) -> Result<Role, Error> {
        self.role
            .parse()
            .map_err(|_| Error::Database(sqlx::Error::Protocol("bad role".into())))
    }

    /// Tokens from before persons were migrated to their own person with the same id.
    fn person(&self) -> PersonId {
        PersonId(self.person_id.unwrap_or(self.id))
    }
}

fn parse_token(raw: &str) -> Option<(i64, &str)> {
    let rest = raw.trim().strip_prefix("hd_")?;
    let (id, secret) = rest.split_once('_')?;
    let id = id.parse::<i64>().ok()?;
    (secret.len() == 64).then_some((id, secret))
}

fn validate_name(name: &str) -> Result<&str, Error> {
    let name = name.trim();
    if name.chars().any(char::is_control) {
        return Err(Error::validation(FieldError::new(
            "name",
            FieldProblem::ControlCharacters,
        )));
    }
    if name.is_empty() || name.chars().count() > 100 {
        return Err(Error::validation(FieldError::new(
            "name",
            FieldProblem::InvalidFormat,
        )));
    }
    Ok(name)
}

fn unknown_person() -> Error {
    Error::validation(FieldError::new("person", FieldProblem::InvalidChoice))
}

fn role_rank(role: Role) -> u8 {
    match role {
        Role::Admin => 0,
        Role::ItStaff => 1,
        Role::FaqEditor => 2,
        Role::Intake => 3,
    }
}

/// Find the person named by `person`, or (for an e-mail not yet known, with a `name`) create
/// one. Runs in `tx`.
async fn resolve_person(
    tx: &mut Tx,
    person: &PersonRef,
    name: Option<&str>,
) -> Result<(PersonId, String), Error> {
    let found: Option<(i64, String)> = match person {
        PersonRef::Id(id) => on_tx!(&mut *tx, c => sqlx::query_as(
            "SELECT id, name FROM staff_persons WHERE id = $1").bind(id.0).fetch_optional(&mut **c).await?),
        PersonRef::Email(e) => on_tx!(&mut *tx, c => sqlx::query_as(
            "SELECT id, name FROM staff_persons WHERE email = $1").bind(e.normalized()).fetch_optional(&mut **c).await?),
    };
    if let Some((id, name)) = found {
        return Ok((PersonId(id), name));
    }
    match (person, name) {
        (PersonRef::Email(e), Some(name)) => {
            let id = insert_person(tx, name, Some(e)).await?;
            Ok((id, name.to_owned()))
        }
        (PersonRef::Email(_), None) => Err(Error::validation(FieldError::new(
            "name",
            FieldProblem::Required,
        ))),
        (PersonRef::Id(_), _) => Err(unknown_person()),
    }
}

async fn insert_person(tx: &mut Tx, name: &str, email: Option<&Email>) -> Result<PersonId, Error> {
    let name = validate_name(name)?;
    let email = email.map(Email::normalized);
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO staff_persons (name, email, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(name).bind(email).bind(ms(now())).fetch_one(&mut **c).await?);
    Ok(PersonId(id))
}

/// Link `identity` to `person`; an identity linked to another person is refused.
async fn link(tx: &mut Tx, person: PersonId, identity: &Identity) -> Result<(), Error> {
    // ON CONFLICT: a concurrent link of the same identity becomes the same domain error.
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO person_links (identity, person_id) VALUES ($1, $2) ON CONFLICT (identity) DO NOTHING")
        .bind(identity.as_str()).bind(person.0).execute(&mut **c).await?.rows_affected());
    let owner: i64 = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT person_id FROM person_links WHERE identity = $1").bind(identity.as_str()).fetch_one(&mut **c).await?);
    if owner != person.0 {
        return Err(Error::validation(FieldError::new(
            "link",
            FieldProblem::AlreadyLinked,
        )));
    }
    Ok(())
}

impl Store {
    /// Create a token for a new person called `name` with `role`, linking `links` (e.g.
    /// `discord:123`) to that person. The secret is returned once and never stored.
    pub async fn create_token(
        &self,
        name: &str,
        role: Role,
        links: &[Identity],
    ) -> Result<CreatedToken, Error> {
        let name = validate_name(name)?;
        let mut tx = self.begin().await?;
        let person = insert_person(&mut tx, name, None).await?;
        let created = self
            .insert_token(&mut tx, person, name, role, links)
            .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Create a token for an existing person (by id or e-mail), or for a new person with this
    /// e-mail called `name`. `name` labels the token (default: the person's name).
    pub async fn create_token_for(
        &self,
        person: &PersonRef,
        name: Option<&str>,
        role: Role,
        links: &[Identity],
    ) -> Result<CreatedToken, Error> {
        let name = name.map(validate_name).transpose()?;
        let mut tx = self.begin().await?;
        let (person, person_name) = resolve_person(&mut tx, person, name).await?;
        let label = name.unwrap_or(&person_name).to_owned();
        let created = self
            .insert_token(&mut tx, person, &label, role, links)
            .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Replace token `id` by a new one for the same person, role and name, and revoke the old
    /// one, in one transaction. Links stay with the person.
    pub async fn reissue_token(&self, id: TokenId) -> Result<CreatedToken, Error> {
        let mut tx = self.begin().await?;
        let sql = format!(
            "SELECT {TOKEN_COLS} FROM api_tokens WHERE id = $1{}",
            tx.for_update()
        );
        let row: Option<TokenRow> =
            on_tx!(&mut tx, c => sqlx::query_as(&sql).bind(id.0).fetch_optional(&mut **c).await?);
        let Some(row) = row else {
            return Err(Error::NotFound);
        };
        if row.revoked_at.is_some() {
            return Err(Error::NotFound);
        }
        on_tx!(&mut tx, c => sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2")
            .bind(ms(now())).bind(id.0).execute(&mut **c).await?.rows_affected());
        let created = self
            .insert_token(&mut tx, row.person(), &row.name, row.role()?, &[])
            .await?;
        tx.commit().await?;
        tracing::info!(
            token_id = id.0,
            new_token_id = created.info.id.0,
            "token reissued"
        );
        Ok(created)
    }

    async fn insert_token(
        &self,
        tx: &mut Tx,
        person: PersonId,
        name: &str,
        role: Role,
        links: &[Identity],
    ) -> Result<CreatedToken, Error> {
        let secret = hex::encode(rand::random::<[u8; 32]>());
        let hash = sha256_hex(&secret);
        let now = now();
        let id: i64 = on_tx!(&mut *tx, c => sqlx::query_scalar(
            "INSERT INTO api_tokens (person_id, name, role, token_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(person.0).bind(name).bind(role.as_str()).bind(&hash).bind(ms(now)).fetch_one(&mut **c).await?);
        for l in links {
            link(tx, person, l).await?;
        }
        let links: Vec<String> = on_tx!(&mut *tx, c => sqlx::query_scalar(
            "SELECT identity FROM person_links WHERE person_id = $1 ORDER BY identity").bind(person.0).fetch_all(&mut **c).await?);
        tracing::info!(
            token_id = id,
            person_id = person.0,
            role = role.as_str(),
            "token created"
        );
        Ok(CreatedToken {
            info: TokenInfo {
                id: TokenId(id),
                person,
                name: name.to_owned(),
                role,
                links: links
                    .iter()
                    .filter_map(|i| Identity::parse(i).ok())
                    .collect(),
                created_at: now,
                revoked_at: None,
            },
            secret: format!("hd_{id}_{secret}"),
        })
    }

    /// All staff persons with their links, oldest first.
    pub async fn list_persons(&self) -> Result<Vec<Person>, Error> {
        let rows: Vec<(i64, String, Option<String>, i64)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, name, email, created_at FROM staff_persons ORDER BY id").fetch_all(p).await?);
        let links = self.all_links().await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, email, created_at)| Person {
                id: PersonId(id),
                name,
                email,
                links: links_of(&links, PersonId(id)),
                created_at: from_ms(created_at),
            })
            .collect())
    }

    async fn all_links(&self) -> Result<Vec<(i64, String)>, Error> {
        Ok(on_pool!(self, p => sqlx::query_as(
            "SELECT person_id, identity FROM person_links ORDER BY identity").fetch_all(p).await?))
    }

    /// All tokens, oldest first (revoked ones included).
    pub async fn list_tokens(&self) -> Result<Vec<TokenInfo>, Error> {
        let sql = format!("SELECT {TOKEN_COLS} FROM api_tokens ORDER BY id");
        let rows: Vec<TokenRow> = on_pool!(self, p => sqlx::query_as(&sql).fetch_all(p).await?);
        let links = self.all_links().await?;
        rows.into_iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: TokenId(r.id),
                    person: r.person(),
                    role: r.role()?,
                    links: links_of(&links, r.person()),
                    name: r.name,
                    created_at: from_ms(r.created_at),
                    revoked_at: r.revoked_at.map(from_ms),
                })
            })
            .collect()
    }

    /// Revoke a token (idempotent). The person and their links stay.
    pub async fn revoke_token(&self, id: TokenId) -> Result<(), Error> {
        let mut tx = self.begin().await?;
        let n = on_tx!(&mut tx, c => sqlx::query("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2")
            .bind(ms(now())).bind(id.0).execute(&mut **c).await?.rows_affected());
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
        let sql = format!("SELECT {TOKEN_COLS} FROM api_tokens WHERE id = $1");
        let row: Option<TokenRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await?);
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
        let sql = format!("SELECT {TOKEN_COLS} FROM api_tokens WHERE id = $1");
        let row: Option<TokenRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.0).fetch_optional(p).await?);
        match row {
            Some(row) if row.revoked_at.is_none() => self.principal(row).await.map(Some),
            _ => Ok(None),
        }
    }

    async fn principal(&self, row: TokenRow) -> Result<Principal, Error> {
        let links: Vec<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT identity FROM person_links WHERE person_id = $1 ORDER BY identity").bind(row.person().0).fetch_all(p).await?);
        Ok(Principal {
            token_id: TokenId(row.id),
            person: row.person(),
            role: row.role()?,
            name: row.name,
            links: links
                .iter()
                .filter_map(|i| Identity::parse(i).ok())
                .collect(),
        })
    }

    /// The principal for the staff person linked to `identity` (e.g. the IT staff person behind
    /// a Discord user id): their unrevoked token with the strongest role (newest on a tie).
    /// `None` when nobody is linked or the person has no active token.
    pub async fn principal_for_chat_identity(
        &self,
        identity: &str,
    ) -> Result<Option<Principal>, Error> {
        let sql = "SELECT t.id, t.person_id, t.name, t.role, t.token_hash, t.created_at, t.revoked_at \
             FROM api_tokens t JOIN person_links l ON l.person_id = t.person_id \
             WHERE l.identity = $1 AND t.revoked_at IS NULL ORDER BY t.id DESC";
        let rows: Vec<TokenRow> =
            on_pool!(self, p => sqlx::query_as(sql).bind(identity.trim()).fetch_all(p).await?);
        let best = rows
            .into_iter()
            .filter_map(|r| r.role().ok().map(|role| (role_rank(role), r)))
            .min_by_key(|(rank, _)| *rank);
        match best {
            None => Ok(None),
            Some((_, row)) => self.principal(row).await.map(Some),
        }
    }

    /// [`Store::principal_for_chat_identity`] as an [`Actor`]: lets the bot act as "the IT staff
    /// person linked to `discord:<id>`". `None`: not linked (treat as a plain chat user, who
    /// cannot approve).
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

fn links_of(links: &[(i64, String)], person: PersonId) -> Vec<Identity> {
    links
        .iter()
        .filter(|(p, _)| *p == person.0)
        .filter_map(|(_, i)| Identity::parse(i).ok())
        .collect()
}
