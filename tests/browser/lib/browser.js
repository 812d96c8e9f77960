// Debian's chromium through playwright-core, axe-core checks and screenshots.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { repoRoot } from './server.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Screenshots land here (kept as CI artifacts). */
export const screenshotDir = path.join(repoRoot, 'target', 'screenshots');

/** Phone and desktop viewports. */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** Launch chromium ($CHROMIUM, default /usr/bin/chromium), headless. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Root in a container has no user namespaces for the sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/**
 * A new browser context. Options: `locale` ('de-DE' default; sets Accept-Language),
 * `javaScriptEnabled` (true), `viewport` (DESKTOP).
 */
export async function newContext(browser, { locale = 'de-DE', javaScriptEnabled = true, viewport = DESKTOP } = {}) {
  return browser.newContext({ locale, javaScriptEnabled, viewport });
}

/**
 * Run axe-core on the page; fail on any "serious" or "critical" violation, listing them.
 * Returns all violations (for minor ones a spec may want to print).
 */
export async function checkA11y(page, label = page.url()) {
  // Evaluated through the DevTools protocol: the pages' CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = (v) =>
    `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary}`).join('\n')}`;
  assert.equal(bad.length, 0, `axe on ${label}:\n${bad.map(describe).join('\n')}`);
  return result.violations;
}

/** Save a full-page screenshot as target/screenshots/<name>.png; returns the path. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The bytes a page loads: the document plus every subresource (uncompressed lengths). */
export async function pageWeight(page, url) {
  let total = 0;
  const sizes = [];
  const onResponse = async (res) => {
    try {
      const body = await res.body();
      total += body.length;
      sizes.push([res.url(), body.length]);
    } catch {
      /* redirects have no body */
    }
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return { total, sizes };
}
