// The console for IT staff at /admin: two people approve a deletion in two browser contexts
// ("1 von 2", no second approval by the first, a stale page gets the conflict message); a web
// ticket in the queue marked unverified and "genehmigt" on its status link after approval; no
// form works without its CSRF token; a faq_editor session cannot reach ticket pages; axe on
// every page at 360 px and on the desktop, keyboard only; screenshots. SQLite, and PostgreSQL
// when HELPDESK_TEST_PG is set.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, backends, api, repoRoot } from '../lib/server.js';
import { launch, newContext, checkA11y, screenshot, PHONE, DESKTOP } from '../lib/browser.js';
import { signIn, fileDeletion, tabTo, scrollsSideways } from '../lib/console.js';

for (const db of backends()) {
  describe(`console: tickets (${db})`, () => {
    let server;
    let browser;
    let anna;
    let ben;
    let editor;
    before(async () => {
      server = await startServer({ db });
      browser = await launch();
      anna = server.createToken('IT Anna', 'it_staff');
      ben = server.createToken('IT Ben', 'it_staff');
      editor = server.createToken('Redaktion', 'faq_editor');
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('two IT staff approve a deletion in two steps; the first cannot approve twice; a stale page gets the conflict message', async () => {
      const id = await fileDeletion(server, `erika.${db}@example.org`);
      const ctxA = await newContext(browser);
      const ctxB = await newContext(browser);
      const a = await ctxA.newPage();
      const b = await ctxB.newPage();
      await signIn(a, server, anna);
      await signIn(b, server, ben);
      const nav = a.getByRole('navigation');
      for (const name of ['Tickets', 'Abmelden']) {
        await nav.getByRole('link', { name, exact: true }).waitFor();
      }
      assert.equal(await nav.getByRole('link', { name: 'FAQ', exact: true }).count(), 0);

      // The queue links the ticket, most urgent first, with "0 von 2 Freigaben".
      await a.getByRole('link', { name: `#${id}`, exact: true }).click();
      await a.getByRole('heading', { name: `Ticket #${id}: Löschung` }).waitFor();
      await a.locator('#approvals').getByText('0 von 2 Freigaben').waitFor();

      // Ben opens the confirmation now and leaves it open (it becomes stale).
      await b.goto(`${server.url}/admin/tickets/${id}`);
      await b.getByRole('button', { name: 'Freigeben', exact: true }).click();
      await b.getByRole('button', { name: 'Bestätigen', exact: true }).waitFor();

      // Anna approves: the button asks in the page, "Bestätigen" does it (no browser dialog).
      a.on('dialog', () => assert.fail('no browser dialogs'));
      await a.getByRole('button', { name: 'Freigeben', exact: true }).click();
      await a.getByRole('heading', { name: /bitte bestätigen/ }).waitFor();
      await checkA11y(a, 'ticket confirmation');
      await a.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await a.getByText('Ihre Freigabe ist gespeichert.').waitFor();
      await a.locator('#approvals').getByText(/^1 von 2 Freigaben: IT Anna/).waitFor();
      assert.equal(await a.getByRole('button', { name: 'Freigeben', exact: true }).count(), 0, 'Anna cannot approve twice');
      await a.getByText(/muss von einer anderen Person kommen/).waitFor();
      await screenshot(a, `console-ticket-1von2-${db}`);

      // Ben's stale page: the conflict message with the new state, not an error page.
      await b.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await b.getByText(/Inzwischen hat jemand anderes dieses Ticket bearbeitet/).waitFor();
      await b.locator('#approvals').getByText(/^1 von 2 Freigaben/).waitFor();
      await checkA11y(b, 'ticket conflict');
      await screenshot(b, `console-ticket-conflict-${db}`);
      // Ben approves from the fresh page: approved with 2 of 2.
      await b.getByRole('button', { name: 'Freigeben', exact: true }).click();
      await b.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await b.locator('#approvals').getByText(/^2 von 2 Freigaben/).waitFor();
      await b.locator('#ticket-state').getByText('genehmigt', { exact: true }).waitFor();

      // Done, by Anna, after a reload.
      await a.reload();
      await a.getByRole('button', { name: 'Erledigt', exact: true }).click();
      await a.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await a.locator('#ticket-state').getByText('erledigt', { exact: true }).waitFor();
      const t = await api(server, 'GET', `/api/v1/tickets/${id}`);
      assert.equal(t.json.state, 'done', t.text);
      await ctxA.close();
      await ctxB.close();
    });

    it('a web ticket shows in the IT queue marked unverified, and its status link shows "genehmigt" after approval', async () => {
      const user = await newContext(browser);
      const page = await user.newPage();
      await page.goto(server.url + '/tickets/new?kind=name_correction');
      await page.getByLabel('Ihr Name').fill('Mia Muster');
      await page.getByLabel('E-Mail-Adresse Ihres Kontos').fill(`mia.console.${db}@example.org`);
      await page.getByLabel('Name im Konto (falsch)').fill('Mia Mustre');
      await page.getByLabel('Name im Ausbildungsvertrag (richtig)').fill('Mia Muster');
      await page.getByRole('button', { name: 'Antrag senden' }).click();
      await page.getByRole('heading', { name: 'Antrag eingegangen' }).waitFor();
      const number = Number((await page.locator('.ticket-number').innerText()).replace('#', ''));
      const link = await page.locator('.status-link a').getAttribute('href');

      const it = await newContext(browser);
      const staff = await it.newPage();
      await signIn(staff, server, anna);
      const row = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: `#${number}`, exact: true }) });
      await row.getByText('nicht verifiziert').waitFor();
      await row.getByRole('link', { name: `#${number}`, exact: true }).click();
      await staff.locator('#unverified').waitFor();
      await checkA11y(staff, 'web ticket page');
      await screenshot(staff, `console-ticket-unverified-${db}`);
      await staff.getByRole('button', { name: 'Freigeben', exact: true }).click();
      await staff.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await staff.locator('#ticket-state').getByText('genehmigt', { exact: true }).waitFor();
      await screenshot(staff, `console-ticket-${db}`);
      if (db === 'sqlite' && process.env.UPDATE_DOCS_IMAGES) {
        copyFileSync(
          path.join(repoRoot, 'target', 'screenshots', `console-ticket-${db}.png`),
          path.join(repoRoot, 'docs', 'images', 'console-ticket.png'),
        );
      }

      await page.goto(server.url + link);
      await page.locator('.ticket-state').getByText(/^genehmigt/).waitFor();
      await user.close();
      await it.close();
    });

    it('no console form works without its CSRF token', async () => {
      const id = await fileDeletion(server, `csrf.${db}@example.org`);
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await signIn(page, server, anna);
      // Signed in (the session cookie is sent), but no CSRF field.
      for (const action of ['approve', 'reject', 'complete']) {
        const r = await ctx.request.post(`${server.url}/admin/tickets/${id}/${action}`, {
          form: { version: '1', reason: 'Test' },
          maxRedirects: 0,
        });
        assert.equal(r.status(), 403, action);
        assert.ok((await r.text()).includes('Formular abgelaufen'));
      }
      // A token from the page, but for another session: refused as well.
      const other = await newContext(browser);
      const otherPage = await other.newPage();
      await signIn(otherPage, server, ben);
      await otherPage.goto(`${server.url}/admin/tickets/${id}?confirm=approve&version=1`);
      const foreign = await otherPage.locator('input[name=csrf]').first().inputValue();
      const r = await ctx.request.post(`${server.url}/admin/tickets/${id}/approve`, {
        form: { version: '1', csrf: foreign },
        maxRedirects: 0,
      });
      assert.equal(r.status(), 403);
      const t = await api(server, 'GET', `/api/v1/tickets/${id}`);
      assert.equal(t.json.approvals.length, 0, t.text);

      // The maintainer's forms and the sign-in form.
      const ed = await newContext(browser);
      const edPage = await ed.newPage();
      await signIn(edPage, server, editor);
      for (const [route, form] of [
        ['/admin/questions/adopt', { question: 'x', lang: 'de', entry: 'anwendung-finden' }],
        ['/admin/faq/new', { id: 'csrf-test', op: 'save' }],
        ['/admin/faq/anwendung-finden', { op: 'save', revision: '1' }],
        ['/admin/faq/anwendung-finden/revert', { revision: '1', current: '1' }],
      ]) {
        const res = await ed.request.post(server.url + route, { form, maxRedirects: 0 });
        assert.equal(res.status(), 403, route);
      }
      const login = await fetch(server.url + '/admin/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${encodeURIComponent(anna)}`,
        redirect: 'manual',
      });
      assert.equal(login.status, 403);
      await ctx.close();
      await other.close();
      await ed.close();
    });

    it('a faq_editor session cannot reach ticket pages', async () => {
      const id = await fileDeletion(server, `editor.${db}@example.org`);
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await signIn(page, server, editor);
      const nav = page.getByRole('navigation');
      for (const name of ['FAQ', 'Unbeantwortete Fragen', 'Abmelden']) {
        await nav.getByRole('link', { name, exact: true }).waitFor();
      }
      assert.equal(await nav.getByRole('link', { name: 'Tickets', exact: true }).count(), 0);
      for (const route of ['/admin/tickets', `/admin/tickets/${id}`, '/admin/audit']) {
        const res = await page.goto(server.url + route);
        assert.equal(res.status(), 403, route);
        await page.getByRole('heading', { name: 'Keine Berechtigung' }).waitFor();
        assert.equal(await page.getByText(`editor.${db}@example.org`).count(), 0);
      }
      await ctx.close();
    });

    it('is usable with the keyboard alone: sign in, open a ticket, approve with confirmation, sign out', async () => {
      const id = await fileDeletion(server, `keys.${db}@example.org`);
      const ctx = await newContext(browser, { viewport: PHONE });
      const page = await ctx.newPage();
      await page.goto(server.url + '/admin/login');
      await tabTo(page, '#token');
      await page.keyboard.type(anna);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Tickets', exact: true }).waitFor();
      await tabTo(page, `a[href="/admin/tickets/${id}"]`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Ticket #${id}: Löschung` }).waitFor();
      await tabTo(page, 'button', 'Freigeben');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /bitte bestätigen/ }).waitFor();
      await tabTo(page, 'button', 'Bestätigen');
      // The focus is visible (the outline of :focus-visible).
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none');
      await page.keyboard.press('Enter');
      await page.locator('#approvals').getByText(/^1 von 2 Freigaben/).waitFor();
      await tabTo(page, 'a[href="/admin/logout"]');
      await page.keyboard.press('Enter');
      await page.getByText('Sie sind abgemeldet.').waitFor();
      await ctx.close();
    });

    it('passes axe on every IT page at 360 px and on the desktop, without sideways scrolling', async () => {
      const id = await fileDeletion(server, `axe.${db}@example.org`);
      for (const [vp, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
        const ctx = await newContext(browser, { viewport: vp });
        const page = await ctx.newPage();
        await page.goto(server.url + '/admin/login');
        await checkA11y(page, `sign-in ${name}`);
        await screenshot(page, `console-login-${name}-${db}`);
        await signIn(page, server, anna);
        for (const [route, shot] of [
          ['/admin/tickets', 'queue'],
          ['/admin/tickets?state=all&kind=deletion&overdue=1', 'queue-filtered'],
          [`/admin/tickets/${id}`, 'ticket'],
          [`/admin/tickets/${id}?confirm=reject&version=1`, 'ticket-reject'],
          ['/admin/audit', 'audit'],
        ]) {
          await page.goto(server.url + route);
          await checkA11y(page, `${route} ${name}`);
          assert.equal(await scrollsSideways(page), false, `${route} scrolls sideways on ${name}`);
          await screenshot(page, `console-${shot}-${name}-${db}`);
        }
        await ctx.close();
      }
    });
  });
}
