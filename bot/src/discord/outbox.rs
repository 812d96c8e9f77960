//! The outbox worker: delivers ticket notifications to Discord.
//!
//! It claims due rows from core's transactional outbox, sends each (a new ticket → a post in the
//! staff channel, whose ids are recorded; approved / rejected / done → a DM to the requester; a
//! closed ticket → its staff post edited down to number, kind and outcome), and acks only after
//! Discord accepted the message. A failed send is released for a later retry. Each message
//! carries the notification id as an enforced nonce, so even a retry after a lost ack does not
//! produce a second message on Discord's side.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use serenity::all::{ChannelId, Http, MessageId, Nonce, UserId};
use serenity::http::HttpError;

use super::render::{create_message, edit_message};
use crate::ports::{Desk, Notification, NotificationEvent};
use crate::views::{requester_dm, staff_msg};

/// Settings of the worker.
#[derive(Debug, Clone)]
pub struct OutboxConfig {
    /// Where new tickets are posted (`DISCORD_STAFF_CHANNEL_ID`); without it they are not posted.
    pub staff_channel: Option<u64>,
    /// Pause between polls when the outbox is empty.
    pub idle: Duration,
    /// Rows claimed per round.
    pub batch: u32,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        Self {
            staff_channel: None,
            idle: Duration::from_millis(500),
            batch: 20,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("discord: {0}")]
    Discord(#[from] serenity::Error),
}

/// Discord nonces are at most 25 characters.
fn nonce(id: &str) -> Nonce {
    Nonce::String(
        id.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(25)
            .collect(),
    )
}

/// German first, then English, for requesters whose language is not known.
fn bilingual(t: &crate::ports::TicketView, event: NotificationEvent) -> Option<crate::reply::Msg> {
    let de = requester_dm(t, event, helpdesk_faq::Lang::De)?;
    let en = requester_dm(t, event, helpdesk_faq::Lang::En)?;
    Some(crate::reply::Msg::text(
        format!("{}\n\n*English:* {}", de.content, en.content),
        false,
    ))
}

/// What [`deliver`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    /// Something was sent (or edited) on Discord.
    pub sent: bool,
    /// The staff post just created, `(channel id, message id)`: record it before acking.
    pub staff_post: Option<(u64, u64)>,
}

impl Delivered {
    const NOTHING: Self = Self {
        sent: false,
        staff_post: None,
    };
    const SENT: Self = Self {
        sent: true,
        staff_post: None,
    };
}

/// Sends one notification. `sent: false` when there is nothing to send (no staff channel, a
/// requester who did not come from Discord, a staff post deleted by a moderator).
pub async fn deliver(
    http: &Http,
    cfg: &OutboxConfig,
    n: &Notification,
) -> Result<Delivered, DeliveryError> {
    match n.event {
        NotificationEvent::Created => {
            let Some(channel) = cfg.staff_channel else {
                return Ok(Delivered::NOTHING);
            };
            let msg = create_message(&staff_msg(&n.ticket))
                .nonce(nonce(&n.id))
                .enforce_nonce(true);
            let posted = ChannelId::new(channel).send_message(http, msg).await?;
            Ok(Delivered {
                sent: true,
                staff_post: Some((posted.channel_id.get(), posted.id.get())),
            })
        }
        NotificationEvent::Closed => {
            let Some((channel, message)) = n.staff_post else {
                return Ok(Delivered::NOTHING);
            };
            // The ticket as it is now (closed): number, kind and outcome only.
            let edit = edit_message(&staff_msg(&n.ticket));
            match ChannelId::new(channel)
                .edit_message(http, MessageId::new(message), edit)
                .await
            {
                Ok(_) => Ok(Delivered::SENT),
                // The post is gone (deleted in Discord): nothing left to edit.
                Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(r)))
                    if r.status_code.as_u16() == 404 =>
                {
                    Ok(Delivered::NOTHING)
                }
                Err(e) => Err(e.into()),
            }
        }
        event => {
            let Some(user) = n.discord_user else {
                return Ok(Delivered::NOTHING);
            };
            let m = match n.lang {
                Some(lang) => requester_dm(&n.ticket, event, lang),
                None => bilingual(&n.ticket, event),
            };
            let Some(m) = m else {
                return Ok(Delivered::NOTHING);
            };
            let dm = UserId::new(user).create_dm_channel(http).await?;
            dm.id
                .send_message(
                    http,
                    create_message(&m).nonce(nonce(&n.id)).enforce_nonce(true),
                )
                .await?;
            Ok(Delivered::SENT)
        }
    }
}

/// One round: claim, deliver, ack or release. Returns how many rows were claimed.
pub async fn drain_once(desk: &dyn Desk, http: &Http, cfg: &OutboxConfig) -> usize {
    let batch = match desk.claim_notifications(cfg.batch).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "outbox claim failed");
            return 0;
        }
    };
    let claimed = batch.len();
    for n in batch {
        let delivered = match deliver(http, cfg, &n).await {
            // The post must be recorded before the row is acked, or it could never be edited:
            // on failure the row is retried (the nonce keeps Discord from posting it twice).
            Ok(Delivered {
                staff_post: Some((channel, message)),
                ..
            }) => match desk.staff_posted(&n.ticket.id, channel, message).await {
                Ok(()) => Ok(true),
                Err(e) => {
                    tracing::error!(error = %e, notification = %n.id, "recording the staff post failed");
                    Err("staff_post_not_recorded")
                }
            },
            Ok(d) => Ok(d.sent),
            Err(e) => {
                tracing::warn!(error = %e, notification = %n.id, "notification failed, will retry");
                Err(error_code(&e))
            }
        };
        match delivered {
            Ok(sent) => {
                tracing::info!(notification = %n.id, ticket = %n.ticket.id, event = ?n.event, sent, "notification delivered");
                match desk.ack(&n.id, n.claim).await {
                    Ok(true) => {}
                    Ok(false) => lost_claim(&n),
                    Err(e) => {
                        tracing::error!(error = %e, notification = %n.id, "outbox ack failed")
                    }
                }
            }
            Err(code) => match desk.retry_later(&n.id, n.claim, code).await {
                Ok(true) => {}
                Ok(false) => lost_claim(&n),
                Err(e) => {
                    tracing::error!(error = %e, notification = %n.id, "outbox release failed")
                }
            },
        }
    }
    claimed
}

fn lost_claim(n: &Notification) {
    tracing::warn!(
        notification = %n.id,
        "outbox claim expired and another worker holds the notification now; leaving it to them"
    );
}

/// A short, stable code for the outbox's `last_error` (no message text: it could echo content).
fn error_code(e: &DeliveryError) -> &'static str {
    match e {
        DeliveryError::Discord(serenity::Error::Http(HttpError::UnsuccessfulRequest(r))) => {
            match r.status_code.as_u16() {
                429 => "discord_http_429",
                400..=499 => "discord_http_4xx",
                _ => "discord_http_5xx",
            }
        }
        DeliveryError::Discord(serenity::Error::Http(HttpError::Request(_))) => {
            "discord_unreachable"
        }
        DeliveryError::Discord(_) => "discord_error",
    }
}

/// Runs until `shutdown` completes. Start it from `helpdesk serve` when Discord is configured.
pub async fn run_outbox_worker(
    desk: Arc<dyn Desk>,
    http: Arc<Http>,
    cfg: OutboxConfig,
    shutdown: impl Future<Output = ()> + Send,
) {
    tokio::pin!(shutdown);
    loop {
        let claimed = drain_once(desk.as_ref(), &http, &cfg).await;
        let pause = if claimed == 0 {
            cfg.idle
        } else {
            Duration::ZERO
        };
        tokio::select! {
            () = &mut shutdown => break,
            () = tokio::time::sleep(pause) => {}
        }
    }
    tracing::info!("outbox worker stopped");
}
