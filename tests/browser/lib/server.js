// Starts real `helpdesk serve` processes for the browser specs.
//
// - `startServer({ db: 'sqlite' })`: a temp SQLite file, removed on stop.
// - `startServer({ db: 'postgres' })`: a fresh database `helpdesk_browser_<random>` on the server
//   named by HELPDESK_TEST_PG (created with psql, dropped on stop: only the one it made).
// The server binds 127.0.0.1:0 and reports its address in its log, so runs never collide on
// ports. The binary is $HELPDESK_BIN, or target/debug/helpdesk built once with cargo.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let builtBin = null;

/** The helpdesk binary: $HELPDESK_BIN, else built once with `cargo build -p helpdesk`. */
export function helpdeskBin() {
  if (process.env.HELPDESK_BIN) return process.env.HELPDESK_BIN;
  if (!builtBin) {
    execFileSync('cargo', ['build', '--quiet', '-p', 'helpdesk'], { cwd: repoRoot, stdio: 'inherit' });
    builtBin = path.join(repoRoot, 'target', 'debug', 'helpdesk');
  }
  return builtBin;
}

/** Whether PostgreSQL specs can run (HELPDESK_TEST_PG names an admin URL). */
export const hasPostgres = () => Boolean((process.env.HELPDESK_TEST_PG || '').trim());

/** The backends to run a spec on: sqlite always, postgres when HELPDESK_TEST_PG is set. */
export const backends = () => (hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite']);

function psql(adminUrl, sql) {
  execFileSync('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-qtAc', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function withDatabase(adminUrl, name) {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Start `helpdesk serve`. Returns { url, databaseUrl, backend, adminToken, createToken, log, stop }.
 * `env` adds environment variables (e.g. HELPDESK_ASK_RATE_LIMIT).
 */
export async function startServer({ db = 'sqlite', env = {} } = {}) {
  const bin = helpdeskBin();
  let databaseUrl;
  let cleanupDb;
  if (db === 'postgres') {
    const admin = process.env.HELPDESK_TEST_PG;
    if (!admin) throw new Error('HELPDESK_TEST_PG is not set');
    const name = `helpdesk_browser_${randomBytes(8).toString('hex')}`;
    psql(admin, `CREATE DATABASE ${name}`);
    databaseUrl = withDatabase(admin, name);
    cleanupDb = () => {
      try {
        psql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (e) {
        console.error(`could not drop ${name}: ${e.message}`);
      }
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'helpdesk-browser-'));
    databaseUrl = `sqlite://${dir}/helpdesk.db`;
    cleanupDb = () => rmSync(dir, { recursive: true, force: true });
  }
  const baseEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    RUST_LOG: process.env.RUST_LOG || 'info',
    NO_COLOR: '1',
  };
  const run = (args) =>
    execFileSync(bin, args, { env: baseEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // Migrate and seed before the server starts, so tokens can be made first.
  run(['migrate']);
  /** Create an API token with `helpdesk token create`; returns the secret (its last line). */
  const createToken = (name, role, links = []) => {
    const args = ['token', 'create', '--name', name, '--role', role];
    for (const l of links) args.push('--link', l);
    const out = run(args).trim().split('\n');
    return out[out.length - 1].trim();
  };
  const adminToken = createToken('browser admin', 'admin');

  const child = spawn(bin, ['serve'], {
    env: { ...baseEnv, HELPDESK_ADDR: '127.0.0.1:0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`helpdesk serve did not start:\n${log}`)), 60_000);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = log.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`helpdesk serve exited with ${code}:\n${log}`));
    });
  });
  child.removeAllListeners('exit');
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    cleanupDb();
  };
  return { url, databaseUrl, backend: db, adminToken, createToken, log: () => log, stop };
}

/** Call the admin API: `api(server, 'POST', '/api/v1/tickets/1/approve', { token, headers, body })`. */
export async function api(server, method, route, { token = server.adminToken, headers = {}, body } = {}) {
  const res = await fetch(server.url + route, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, json, text };
}

