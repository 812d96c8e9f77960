//! Real `helpdesk serve` processes for the fault and replica tests: started on a free port with
//! the environment given, their log captured, stopped with SIGTERM or SIGKILL.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A running `helpdesk serve`.
pub struct Replica {
    pub name: String,
    pub child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    log: Arc<Mutex<Vec<String>>>,
}

/// Starts `helpdesk serve` with `env` (on 127.0.0.1, port 0) and waits until it listens.
pub async fn start(name: &str, env: &[(&str, String)]) -> Replica {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_helpdesk"));
    cmd.arg("serve")
        .env_remove("LLM_BASE_URL")
        .env("HELPDESK_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("starting helpdesk serve");
    let stderr = child.stderr.take().expect("stderr");
    let log = Arc::new(Mutex::new(Vec::new()));
    let (addr_tx, addr_rx) = tokio::sync::oneshot::channel::<String>();
    let sink = log.clone();
    let tag = name.to_owned();
    tokio::spawn(async move {
        let mut addr_tx = Some(addr_tx);
        let mut lines = BufReader::new(stderr).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            if std::env::var_os("HELPDESK_TEST_SHOW_LOGS").is_some() {
                eprintln!("[{tag}] {line}");
            }
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let addr: String = rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                if let Some(tx) = addr_tx.take() {
                    let _ = tx.send(addr);
                }
            }
            sink.lock().unwrap().push(line);
        }
    });
    let addr = match tokio::time::timeout(Duration::from_secs(60), addr_rx).await {
        Ok(Ok(a)) => a,
        _ => panic!("{name} did not start:\n{}", log.lock().unwrap().join("\n")),
    };
    Replica {
        name: name.to_owned(),
        child,
        base: format!("http://{addr}"),
        log,
    }
}

impl Replica {
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    pub fn logged(&self, needle: &str) -> bool {
        self.log.lock().unwrap().iter().any(|l| l.contains(needle))
    }

    /// SIGKILL: no shutdown work at all.
    pub async fn kill9(&mut self) {
        let _ = self.child.start_kill();
        let _ = self.child.wait().await;
    }

    /// SIGTERM and wait (at most `limit`) for the exit; true when it exited by itself.
    pub async fn terminate(&mut self, limit: Duration) -> bool {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
        match tokio::time::timeout(limit, self.child.wait()).await {
            Ok(_) => true,
            Err(_) => {
                self.kill9().await;
                false
            }
        }
    }
}

/// Polls `f` every 50 ms until it is true or `limit` passes; returns whether it became true.
pub async fn eventually(limit: Duration, mut f: impl AsyncFnMut() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        if f().await {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A private PostgreSQL server for fault tests: `initdb` into a temp dir (as the `postgres`
/// user), on a free port of 127.0.0.1. Stopping and starting it touches nothing else.
pub struct PrivatePg {
    dir: tempfile::TempDir,
    pub port: u16,
    bin: std::path::PathBuf,
}

fn pg_bin() -> Option<std::path::PathBuf> {
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("initdb").exists())
        .collect();
    found.sort();
    found.pop()
}

fn as_postgres(bin: &std::path::Path, tool: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bin.join(tool))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runuser")
}

impl PrivatePg {
    /// `None` (the caller skips) when PostgreSQL's tools or the `postgres` user are missing or
    /// this is not root.
    pub fn create() -> Option<PrivatePg> {
        let bin = pg_bin()?;
        let root = std::process::Command::new("id").arg("-u").output().ok()?;
        if String::from_utf8_lossy(&root.stdout).trim() != "0" {
            return None;
        }
        let dir = tempfile::Builder::new()
            .prefix("helpdesk-pg-")
            .tempdir_in("/tmp")
            .ok()?;
        let chown = std::process::Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir.path())
            .status()
            .ok()?;
        if !chown.success() {
            return None;
        }
        let data = dir.path().join("data");
        let out = as_postgres(
            &bin,
            "initdb",
            &[
                "-D",
                data.to_str()?,
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ],
        );
        if !out.status.success() {
            eprintln!("initdb failed: {}", String::from_utf8_lossy(&out.stderr));
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let pg = PrivatePg { dir, port, bin };
        pg.start();
        Some(pg)
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    pub fn start(&self) {
        let data = self.dir.path().join("data");
        let log = self.dir.path().join("server.log");
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let out = as_postgres(
            &self.bin,
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &opts,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Fast shutdown: open connections are cut, like a crashed or restarted server.
    pub fn stop(&self) {
        let data = self.dir.path().join("data");
        let out = as_postgres(
            &self.bin,
            "pg_ctl",
            &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"],
        );
        assert!(
            out.status.success(),
            "pg_ctl stop: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for PrivatePg {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = as_postgres(
            &self.bin,
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap_or_default(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
        );
    }
}
