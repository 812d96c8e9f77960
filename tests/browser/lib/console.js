// Console helpers for the specs: sign in through the page, file tickets through the API.
import assert from 'node:assert/strict';
import { api } from './server.js';

/** Sign in on /admin/login with `token` (label "API-Token", button "Anmelden"). */
export async function signIn(page, server, token) {
  await page.goto(server.url + '/admin/login');
  await page.getByLabel('API-Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Abmelden', exact: true }).waitFor();
}

let counter = 0;

/** File a deletion ticket through the API as a chat user; returns its number. */
export async function fileDeletion(server, email) {
  counter += 1;
  const r = await api(server, 'POST', '/api/v1/tickets', {
    body: {
      kind: 'deletion',
      requester: { id: `discord:${1000 + counter}`, display_name: `Azubi ${counter}` },
      subject: { email, full_name: 'Erika Beispiel' },
      reason: 'left_company',
    },
  });
  assert.equal(r.status, 201, r.text);
  return r.json.id;
}

/**
 * Press Tab until the focused element matches the CSS `selector` (and has exactly the text
 * `text`, when given), at most `max` times.
 */
export async function tabTo(page, selector, text = null, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        return Boolean(el && el.matches(s) && (t === null || el.textContent.trim() === t));
      },
      [selector, text],
    );
    if (hit) return;
  }
  throw new Error(`keyboard focus never reached ${selector}${text ? ` "${text}"` : ''}`);
}

/** Whether the page scrolls sideways (it must not, down to 360 px). */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
