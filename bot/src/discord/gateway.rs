//! The gateway intake: a serenity client whose event handler feeds the engine.
//!
//! Started by `helpdesk serve` when `DISCORD_TOKEN` is set. It asks only for non-privileged
//! intents: guild messages and DMs (Discord includes the content of messages that mention the
//! bot and of DMs without the privileged MESSAGE_CONTENT intent).

use std::sync::Arc;

use serenity::all::{
    ClientBuilder, Context, CreateInteractionResponse, CreateInteractionResponseMessage,
    EventHandler, GatewayIntents, Http, Interaction, InteractionId, Message, Ready,
};
use serenity::async_trait;
use serenity::builder::Builder;

use super::convert::{interaction_input, message_input};
use super::endpoint::edit_original;
use super::render::{create_message, interaction_response};
use crate::engine::{Admit, Engine};
use crate::reply::Reply;

/// The intents the bot needs (none privileged).
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES
}

async fn respond(ctx: &Context, id: InteractionId, token: &str, reply: &Reply) {
    if let Err(e) = interaction_response(reply)
        .execute(&ctx.http, (id, token))
        .await
    {
        tracing::error!(error = %e, interaction = id.get(), "interaction response failed");
    }
}

struct Handler {
    engine: Arc<Engine>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        tracing::info!(
            bot_user = ready.user.id.get(),
            guilds = ready.guilds.len(),
            "discord gateway ready"
        );
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let Some((c, input)) = interaction_input(&interaction) else {
            return;
        };
        let (id, token) = match &interaction {
            Interaction::Command(i) => (i.id, i.token.clone()),
            Interaction::Component(i) => (i.id, i.token.clone()),
            Interaction::Modal(i) => (i.id, i.token.clone()),
            _ => return,
        };
        if self.engine.is_slow(&input) {
            // Defer first (Discord wants an answer within 3 s), then edit the reply in.
            match self.engine.admit(&c, &input).await {
                Admit::Duplicate => {}
                Admit::Refused(reply) => respond(&ctx, id, &token, &reply).await,
                Admit::Go => {
                    let defer = CreateInteractionResponse::Defer(
                        CreateInteractionResponseMessage::new().ephemeral(c.in_guild),
                    );
                    if let Err(e) = defer.execute(&ctx.http, (id, &token)).await {
                        tracing::error!(error = %e, interaction = id.get(), "defer failed");
                        return;
                    }
                    let reply = self.engine.dispatch(&c, input).await;
                    edit_original(&ctx.http, &token, &reply).await;
                }
            }
            return;
        }
        let Some(reply) = self.engine.handle(&c, input).await else {
            return;
        };
        respond(&ctx, id, &token, &reply).await;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let bot = ctx.cache.current_user().id;
        let Some((c, input)) = message_input(&msg, bot) else {
            return;
        };
        let Some(reply) = self.engine.handle(&c, input).await else {
            return;
        };
        let m = match reply {
            Reply::Message(m) | Reply::Update(m) => m,
            // A modal needs an interaction; plain messages never produce one.
            Reply::Modal(_) => return,
        };
        if let Err(e) = msg
            .channel_id
            .send_message(&ctx.http, create_message(&m).reference_message(&msg))
            .await
        {
            // No channel id: in a DM it would point to the person.
            tracing::error!(error = %e, in_guild = msg.guild_id.is_some(), "reply to message failed");
        }
    }
}

/// Builds the gateway client on the given HTTP client (see [`super::http_client`], which keeps
/// `DISCORD_API_BASE`) and runs it until it fails or the process stops.
pub async fn run_gateway(engine: Arc<Engine>, http: Http) -> Result<(), serenity::Error> {
    run_gateway_until(engine, http, std::future::pending()).await
}

/// [`run_gateway`] until `stop` completes; then the shards are shut down (the session is
/// closed, so Discord stops sending this process events).
pub async fn run_gateway_until(
    engine: Arc<Engine>,
    http: Http,
    stop: impl std::future::Future<Output = ()> + Send,
) -> Result<(), serenity::Error> {
    let mut client = ClientBuilder::new_with_http(http, intents())
        .event_handler(Handler { engine })
        .await?;
    let shards = client.shard_manager.clone();
    tokio::pin!(stop);
    tokio::select! {
        r = client.start() => r,
        () = &mut stop => {
            shards.shutdown_all().await;
            Ok(())
        }
    }
}
