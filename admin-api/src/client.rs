//! Who is the client? The socket peer, unless the peer is a trusted proxy.
//!
//! `X-Forwarded-For` is written by whoever sent the request, so it is believed only when the
//! socket peer is one of the configured trusted proxies (`HELPDESK_TRUSTED_PROXIES`). Then the
//! header is read from the right, skipping trusted hops; the first untrusted address is the
//! client. A client cannot dodge the rate limit by inventing addresses: with no trusted proxy the
//! header is ignored, and behind one only the address the proxy itself appended counts.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::state::AppState;

/// Networks whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

/// A malformed entry in the trusted-proxy list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid trusted proxy {0:?}: use an IP address or a CIDR network such as 10.0.0.0/8")]
pub struct InvalidProxy(pub String);

impl TrustedProxies {
    pub fn none() -> Self {
        Self(Vec::new())
    }

    /// Parses a comma- or whitespace-separated list of addresses and CIDR networks.
    pub fn parse(list: &str) -> Result<Self, InvalidProxy> {
        let mut nets = Vec::new();
        for item in list
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
        {
            let net = match item.parse::<IpNet>() {
                Ok(n) => n,
                Err(_) => item
                    .parse::<IpAddr>()
                    .map(IpNet::from)
                    .map_err(|_| InvalidProxy(item.to_owned()))?,
            };
            nets.push(net);
        }
        Ok(Self(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|n| n.contains(&ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:1.2.3.4`, seen on dual-stack sockets) count as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// Resolves the client address from the socket peer and the headers.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let peer = canonical(peer);
    if !trusted.contains(peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            // A hop we cannot read: stop at the last address we could vouch for.
            break;
        };
        client = canonical(ip);
        if !trusted.contains(client) {
            break;
        }
    }
    client
}

/// The key a client is counted under: the address for IPv4, the /64 network for IPv6 (one
/// subscriber usually holds a whole /64 and could otherwise rotate addresses freely).
pub fn client_key(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// Extractor: the resolved client address. Without connection info (tests calling the router
/// directly) the client is the unspecified address, so all such calls share one budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = ConnectInfo::<SocketAddr>::from_request_parts(parts, state)
            .await
            .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
        Ok(ClientIp(client_ip(
            peer,
            &parts.headers,
            &state.config().trusted_proxies,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn header_is_ignored_without_trusted_proxies() {
        let t = TrustedProxies::none();
        assert_eq!(
            client_ip(ip("203.0.113.7"), &xff("1.2.3.4"), &t),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn header_is_ignored_when_peer_is_not_trusted() {
        let t = TrustedProxies::parse("10.0.0.0/8").unwrap();
        assert_eq!(
            client_ip(ip("203.0.113.7"), &xff("1.2.3.4"), &t),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_rightmost_untrusted_hop_is_the_client() {
        let t = TrustedProxies::parse("10.0.0.0/8, 192.168.1.1").unwrap();
        // The client spoofs "1.2.3.4"; the proxy appends the real address 198.51.100.9.
        let h = xff("1.2.3.4, 198.51.100.9, 192.168.1.1");
        assert_eq!(client_ip(ip("10.1.2.3"), &h, &t), ip("198.51.100.9"));
    }

    #[test]
    fn unreadable_hops_stop_the_walk() {
        let t = TrustedProxies::parse("10.0.0.1").unwrap();
        assert_eq!(
            client_ip(ip("10.0.0.1"), &xff("garbage"), &t),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &HeaderMap::new(), &t),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn ipv4_mapped_peers_match_ipv4_networks() {
        let t = TrustedProxies::parse("127.0.0.1").unwrap();
        assert!(t.contains(ip("::ffff:127.0.0.1")));
    }

    #[test]
    fn proxy_list_rejects_garbage() {
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.local").is_err());
        assert!(TrustedProxies::parse("").unwrap().is_empty());
    }

    #[test]
    fn ipv6_clients_are_counted_per_64() {
        assert_eq!(client_key(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(client_key(ip("198.51.100.9")), ip("198.51.100.9"));
    }
}
