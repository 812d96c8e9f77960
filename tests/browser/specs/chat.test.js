// The web chat at `/`: ask in German and English, with and without JavaScript; "did you
// mean"/"weiß ich nicht"; a web ticket from the form to "genehmigt" on its status link;
// axe at 360 px and desktop; screenshots. Runs on SQLite, and on PostgreSQL when
// HELPDESK_TEST_PG is set.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, backends, api } from '../lib/server.js';
import { launch, newContext, checkA11y, screenshot, PHONE, DESKTOP } from '../lib/browser.js';

const ENTRY = 'anwendung-finden';

for (const db of backends()) {
  describe(`web chat (${db})`, () => {
    let server;
    let browser;
    let entry;
    before(async () => {
      server = await startServer({ db });
      browser = await launch();
      const r = await api(server, 'GET', `/api/v1/faq/${ENTRY}`);
      assert.equal(r.status, 200, r.text);
      entry = r.json.entry;
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    async function ask(page, label, button, question) {
      await page.getByLabel(label, { exact: true }).fill(question);
      await page.getByRole('button', { name: button, exact: true }).click();
    }

    it('answers in German with the entry as title, Markdown and feedback (JavaScript: no reload)', async () => {
      const ctx = await newContext(browser, { locale: 'de-DE' });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      const log = page.getByRole('log');
      assert.equal(await log.getAttribute('aria-live'), 'polite');
      await page.evaluate(() => { window.__noReload = true; });
      await ask(page, 'Ihre Frage', 'Fragen', entry.question);
      const title = log.getByRole('heading', { name: entry.question });
      await title.waitFor();
      // Still the same document: the answer was added without a reload.
      assert.equal(await page.evaluate(() => window.__noReload), true);
      assert.equal(await page.getByLabel('Ihre Frage', { exact: true }).inputValue(), '');
      await checkA11y(page, 'chat with an answer (de)');
      await screenshot(page, `chat-de-${db}`);
      // 👍 is stored like the API's feedback.
      await log.getByRole('button', { name: 'Ja, hilfreich' }).click();
      await log.getByText('Danke für Ihre Rückmeldung!').waitFor();
      const fb = await api(server, 'GET', '/api/v1/questions/feedback');
      assert.equal(fb.status, 200, fb.text);
      assert.ok(JSON.stringify(fb.json).includes(ENTRY), fb.text);
      await ctx.close();
    });

    it('answers in English from Accept-Language, and the language can be switched', async () => {
      const ctx = await newContext(browser, { locale: 'en-GB' });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await ask(page, 'Your question', 'Ask', entry.en.question);
      await page.getByRole('log').getByRole('heading', { name: entry.en.question }).waitFor();
      await screenshot(page, `chat-en-${db}`);
      await page.getByRole('link', { name: 'Deutsch' }).click();
      await page.getByLabel('Ihre Frage', { exact: true }).waitFor();
      await ctx.close();
    });

    it('works without JavaScript: plain form posts and full pages', async () => {
      const ctx = await newContext(browser, { locale: 'de-DE', javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      await ask(page, 'Ihre Frage', 'Fragen', entry.question);
      await page.waitForURL(/\/ask$/);
      await page.getByRole('log').getByRole('heading', { name: entry.question }).waitFor();
      // An unknown question says so plainly and offers the forms and the e-mail.
      await ask(page, 'Ihre Frage', 'Fragen', 'Wie wird das Wetter morgen auf dem Brocken?');
      const log = page.getByRole('log');
      await log.getByText('Das weiß ich nicht.').waitFor();
      assert.ok(await log.getByRole('link', { name: 'Namen korrigieren lassen' }).count());
      assert.ok(await log.getByRole('link', { name: /E-Mail an das Team/ }).count());
      await screenshot(page, `chat-nojs-unknown-${db}`);
      await ctx.close();
    });

    it('reaches the inbox with unknown questions, and a request intent offers its form', async () => {
      const inbox = await api(server, 'GET', '/api/v1/questions/unanswered');
      assert.equal(inbox.status, 200, inbox.text);
      assert.ok(inbox.text.includes('Brocken'), inbox.text);
      const ctx = await newContext(browser, { locale: 'de-DE' });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      await ask(page, 'Ihre Frage', 'Fragen', 'Bitte meinen Namen korrigieren, er ist falsch geschrieben');
      await page.getByRole('log').getByRole('link', { name: 'Namen korrigieren lassen' }).waitFor();
      await ctx.close();
    });

    it('passes axe at 360 px and on the desktop (chat and ticket form)', async () => {
      for (const [vp, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
        const ctx = await newContext(browser, { locale: 'de-DE', viewport: vp });
        const page = await ctx.newPage();
        await page.goto(server.url + '/');
        await checkA11y(page, `chat ${name}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, `chat scrolls sideways on ${name}`);
        await screenshot(page, `chat-empty-${name}-${db}`);
        await page.goto(server.url + '/tickets/new?kind=deletion');
        await checkA11y(page, `deletion form ${name}`);
        await ctx.close();
      }
    });

    it('files a web ticket: field errors, number and status link, unverified in the API, "genehmigt" after approval', async () => {
      const ctx = await newContext(browser, { locale: 'de-DE', viewport: PHONE });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      await page.getByRole('link', { name: 'Namen korrigieren lassen' }).first().click();
      await page.getByRole('heading', { name: 'Antrag auf Namenskorrektur' }).waitFor();
      // Field by field, from core's validation.
      await page.getByLabel('E-Mail-Adresse Ihres Kontos').fill('kein-at-zeichen');
      await page.getByRole('button', { name: 'Antrag senden' }).click();
      await page.getByRole('alert').waitFor();
      const email = page.getByLabel('E-Mail-Adresse Ihres Kontos');
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      assert.ok(await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse an').count());
      assert.ok(await page.getByText('Bitte füllen Sie „Ihr Name“ aus.').count());
      await checkA11y(page, 'ticket form with errors');
      await screenshot(page, `ticket-form-errors-${db}`);

      await page.getByLabel('Ihr Name').fill('Mia Muster');
      await email.fill(`mia.${db}@example.org`);
      await page.getByLabel('Name im Konto (falsch)').fill('Mia Mustre');
      await page.getByLabel('Name im Ausbildungsvertrag (richtig)').fill('Mia Muster');
      await page.getByRole('button', { name: 'Antrag senden' }).click();
      await page.getByRole('heading', { name: 'Antrag eingegangen' }).waitFor();
      const number = Number((await page.locator('.ticket-number').innerText()).replace('#', ''));
      assert.ok(number > 0);
      const link = await page.locator('.status-link a').getAttribute('href');
      assert.match(link, /^\/status\/[0-9a-f]{64}\?lang=de$/);
      await checkA11y(page, 'ticket filed');
      await screenshot(page, `ticket-filed-${db}`);

      const t = await api(server, 'GET', `/api/v1/tickets/${number}`);
      assert.equal(t.status, 200, t.text);
      assert.equal(t.json.requester_verified, false);
      assert.equal(t.json.state, 'open');

      await page.goto(server.url + link);
      await page.getByText(/^offen/).waitFor();
      const ok = await api(server, 'POST', `/api/v1/tickets/${number}/approve`, {
        headers: { 'if-match': t.headers.get('etag') },
      });
      assert.equal(ok.status, 200, ok.text);
      await page.reload();
      await page.locator('.ticket-state').getByText(/^genehmigt/).waitFor();
      await checkA11y(page, 'status page');
      await screenshot(page, `ticket-status-${db}`);
      // A wrong token finds nothing.
      const res = await page.goto(server.url + '/status/' + 'f'.repeat(64));
      assert.equal(res.status(), 404);
      await ctx.close();
    });

    it('refuses forms without their CSRF token', async () => {
      for (const path of ['/ask', '/feedback', '/tickets/new']) {
        const r = await fetch(server.url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'q=Hallo&csrf=' + 'a'.repeat(64),
        });
        assert.equal(r.status, 403, path);
      }
    });
  });
}
