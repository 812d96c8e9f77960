//! Gateway leadership: with several replicas on one PostgreSQL, exactly one holds the Discord
//! gateway session (otherwise every replica would answer each DM and mention). The others wait
//! and take over within [`LeaderConfig::retry`] + a connection check when the leader stops or
//! dies. On SQLite the role is always granted (one process per database file).
//!
//! The lock itself lives in core ([`helpdesk_core::store::leader`]); this loop starts the
//! gateway client while the role is held and stops it when the role is lost or on shutdown.

use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::Store;
use serenity::all::Http;
use tokio::sync::{oneshot, watch};

use super::gateway::run_gateway_until;
use crate::engine::Engine;

/// The role name of the gateway session.
pub const GATEWAY_ROLE: &str = "discord-gateway";

/// Timing of the leadership loop.
#[derive(Debug, Clone, Copy)]
pub struct LeaderConfig {
    /// How often a follower tries to take the role (default 5 s).
    pub retry: Duration,
    /// How often the leader checks that it still holds the role (default 2 s).
    pub check: Duration,
}

impl Default for LeaderConfig {
    fn default() -> Self {
        Self {
            retry: Duration::from_secs(5),
            check: Duration::from_secs(2),
        }
    }
}

/// Runs the gateway client whenever this replica holds [`GATEWAY_ROLE`], until `shutdown`
/// turns true; then it closes the session and releases the role, so another replica takes
/// over at its next try. `make_http` builds a fresh HTTP client per session.
pub async fn lead_gateway(
    store: Store,
    engine: Arc<Engine>,
    make_http: impl Fn() -> Http + Send,
    cfg: LeaderConfig,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            return;
        }
        let lease = match store.try_lead(GATEWAY_ROLE).await {
            Ok(Some(lease)) => lease,
            Ok(None) => {
                tracing::debug!("another replica holds the discord gateway");
                if wait_or_shutdown(&mut shutdown, cfg.retry).await {
                    return;
                }
                continue;
            }
            Err(e) => {
                tracing::warn!(error = %e, "gateway leadership: database unavailable, will retry");
                if wait_or_shutdown(&mut shutdown, cfg.retry).await {
                    return;
                }
                continue;
            }
        };
        let mut lease = lease;
        tracing::info!("gateway leadership acquired: this replica holds the discord gateway");
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let mut gateway = tokio::spawn(run_gateway_until(engine.clone(), make_http(), async {
            let _ = stop_rx.await;
        }));
        let mut tick = tokio::time::interval(cfg.check);
        tick.tick().await;
        let stopping = loop {
            tokio::select! {
                r = &mut gateway => {
                    match r {
                        Ok(Ok(())) => tracing::warn!("discord gateway session ended"),
                        Ok(Err(e)) => tracing::error!(error = %e, "discord gateway client stopped"),
                        Err(e) => tracing::error!(error = %e, "discord gateway task failed"),
                    }
                    break false;
                }
                _ = shutdown.changed() => break true,
                _ = tick.tick() => {
                    if !lease.check().await {
                        tracing::warn!("gateway leadership lost: stopping the discord gateway");
                        break false;
                    }
                }
            }
        };
        if !gateway.is_finished() {
            let _ = stop_tx.send(());
            if tokio::time::timeout(Duration::from_secs(5), &mut gateway)
                .await
                .is_err()
            {
                gateway.abort();
            }
        }
        lease.release().await;
        tracing::info!("gateway leadership released");
        if stopping || *shutdown.borrow() {
            return;
        }
        // Give another replica the chance to take over after a failure here.
        if wait_or_shutdown(&mut shutdown, cfg.retry).await {
            return;
        }
    }
}

/// Sleeps `d`; true when shutdown was asked for meanwhile.
async fn wait_or_shutdown(shutdown: &mut watch::Receiver<bool>, d: Duration) -> bool {
    tokio::select! {
        r = shutdown.changed() => r.is_err() || *shutdown.borrow(),
        () = tokio::time::sleep(d) => *shutdown.borrow(),
    }
}
