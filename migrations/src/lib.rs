//! `helpdesk-migrations`: the database schema of Helpdesk, embedded into the binary.
//!
//! Two folders, one per backend, with the same tables in each dialect:
//! - `migrations/sqlite/*.sql` → [`SQLITE`]
//! - `migrations/postgres/*.sql` → [`POSTGRES`]
//!
//! `helpdesk_core::Store::connect` runs the right migrator at start, and so does
//! `helpdesk migrate`. sqlx records applied migrations in `_sqlx_migrations`, so running them
//! again is a no-op; on PostgreSQL it takes an advisory lock, so replicas starting together do
//! not race.
//!
//! # Rules
//! - Never edit a migration once it has landed on `main`: sqlx checks checksums and refuses to
//!   start. Add a new numbered file to *both* folders instead.
//! - A new `NOT NULL` column gets a `DEFAULT`.
//! - Timestamps are `BIGINT` unix milliseconds (UTC) on both backends, so the shared queries in
//!   `helpdesk-core` compare them identically.
//! - Integer columns are `BIGINT` (decoded as `i64` on both backends).

use sqlx::migrate::Migrator;

/// Migrations for SQLite.
pub static SQLITE: Migrator = sqlx::migrate!("./sqlite");

/// Migrations for PostgreSQL.
pub static POSTGRES: Migrator = sqlx::migrate!("./postgres");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migration_versions() {
        let a: Vec<_> = SQLITE
            .iter()
            .map(|m| (m.version, m.description.clone()))
            .collect();
        let b: Vec<_> = POSTGRES
            .iter()
            .map(|m| (m.version, m.description.clone()))
            .collect();
        assert!(!a.is_empty());
        assert_eq!(a, b);
    }
}
