// The console for FAQ maintainers: editing an entry (live preview with the real search) makes
// the web chat in another context answer with the new text; the revision history shows the
// diff and reverts; an unknown chat question reaches the inbox and "Als Alternative
// hinzufügen" or "Neuer Eintrag aus dieser Frage" makes it answered; the editor works without
// JavaScript; axe on every maintainer page at 360 px and on the desktop. SQLite, and
// PostgreSQL when HELPDESK_TEST_PG is set.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, backends, api } from '../lib/server.js';
import { launch, newContext, checkA11y, screenshot, PHONE, DESKTOP } from '../lib/browser.js';
import { signIn, scrollsSideways } from '../lib/console.js';

const ENTRY = 'anwendung-finden';

for (const db of backends()) {
  describe(`console: FAQ (${db})`, () => {
    let server;
    let browser;
    let editor;
    let entry;
    before(async () => {
      server = await startServer({ db });
      browser = await launch();
      editor = server.createToken('Redaktion', 'faq_editor');
      const r = await api(server, 'GET', `/api/v1/faq/${ENTRY}`);
      assert.equal(r.status, 200, r.text);
      entry = r.json.entry;
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    /** Ask in the chat; returns the log region. */
    async function ask(page, question) {
      await page.goto(server.url + '/');
      await page.getByLabel('Ihre Frage', { exact: true }).fill(question);
      await page.getByRole('button', { name: 'Fragen', exact: true }).click();
      const log = page.getByRole('log');
      await log.locator('.turn').last().waitFor();
      return log;
    }

    it('a maintainer edits an entry (live preview first) and the web chat in another context answers with the new text; history shows the diff and reverts', async () => {
      const ed = await newContext(browser);
      const page = await ed.newPage();
      await signIn(page, server, editor);
      await page.getByRole('navigation').getByRole('link', { name: 'FAQ', exact: true }).click();
      await page.getByRole('link', { name: ENTRY, exact: true }).click();
      await page.getByLabel('Frage', { exact: true }).waitFor();
      for (const label of ['Antwort', 'Question', 'Answer']) {
        await page.getByLabel(label, { exact: true }).waitFor();
      }
      assert.equal(await page.getByLabel('Frage', { exact: true }).inputValue(), entry.question);

      const newText = `Neu (${db}): Öffnen Sie oben rechts das Menü „Anwendungen“.`;
      await page.getByLabel('Antwort', { exact: true }).fill(newText);
      // Live preview while typing: the real search with this draft, nothing saved yet.
      const sample = 'Wo ist die Quastenflosser-Übersicht?';
      await page.getByLabel('Alternative Formulierungen').fill(sample);
      await page.getByLabel('Beispielfragen').fill(`${entry.question}\n${sample}`);
      const preview = page.locator('#preview');
      await preview.getByText(`„${sample}“`).waitFor();
      assert.equal(await preview.getByText('dieser Eintrag zuerst').count(), 2, await preview.innerText());
      await checkA11y(page, 'FAQ editor with preview');
      await screenshot(page, `console-faq-editor-${db}`);
      const before = await api(server, 'GET', `/api/v1/faq/${ENTRY}`);
      assert.notEqual(before.json.entry.answer, newText, 'the preview saves nothing');

      await page.getByRole('button', { name: 'Speichern', exact: true }).click();
      await page.getByText(/^Gespeichert \(Revision \d+\)/).waitFor();

      // Another context (a user in the web chat) gets the new text at once.
      const user = await newContext(browser);
      const chat = await user.newPage();
      let log = await ask(chat, entry.question);
      await log.getByText(newText).waitFor();
      log = await ask(chat, sample);
      await log.getByRole('heading', { name: entry.question }).waitFor();

      // History: the diff, then revert to the previous revision.
      await page.getByRole('link', { name: 'Versionsgeschichte' }).click();
      await page.locator('pre.diff ins').filter({ hasText: newText }).waitFor();
      await checkA11y(page, 'revision history');
      await screenshot(page, `console-faq-revisions-${db}`);
      await page.getByRole('button', { name: 'Diese Fassung wiederherstellen' }).first().click();
      await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
      await page.getByText(/ist wiederhergestellt/).waitFor();
      log = await ask(chat, entry.question);
      assert.equal(await log.locator('.turn').last().getByText(newText).count(), 0);
      await ed.close();
      await user.close();
    });

    it('an unknown chat question appears in the inbox; "Als Alternative hinzufügen" makes the same question answered', async () => {
      const question = `Wo steht die Quastenflosser-Liste (${db})?`;
      const user = await newContext(browser);
      const chat = await user.newPage();
      let log = await ask(chat, question);
      assert.equal(await log.getByRole('heading', { name: entry.question }).count(), 0);

      const ed = await newContext(browser);
      const page = await ed.newPage();
      await signIn(page, server, editor);
      await page.getByRole('navigation').getByRole('link', { name: 'Unbeantwortete Fragen', exact: true }).click();
      const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `„${question}“` }) });
      await item.waitFor();
      await checkA11y(page, 'inbox');
      await screenshot(page, `console-inbox-${db}`);
      await item.getByLabel('Eintrag').selectOption(ENTRY);
      await item.getByRole('button', { name: 'Als Alternative hinzufügen' }).click();
      await page.getByText(/wird ab sofort beantwortet/).waitFor();
      assert.equal(await page.getByRole('heading', { name: `„${question}“` }).count(), 0);

      log = await ask(chat, question);
      await log.getByRole('heading', { name: entry.question }).waitFor();
      await ed.close();
      await user.close();
    });

    it('"Neuer Eintrag aus dieser Frage" creates an entry the chat answers with, without JavaScript', async () => {
      const question = 'Wann füttert man Quastenflosser im Aquarium?';
      const user = await newContext(browser);
      const chat = await user.newPage();
      await ask(chat, question);

      const ed = await newContext(browser, { javaScriptEnabled: false });
      const page = await ed.newPage();
      await signIn(page, server, editor);
      await page.goto(server.url + '/admin/questions');
      const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `„${question}“` }) });
      await item.getByRole('link', { name: 'Neuer Eintrag aus dieser Frage' }).click();
      await page.getByRole('heading', { name: 'Neuer FAQ-Eintrag' }).waitFor();
      assert.equal(await page.getByLabel('Frage', { exact: true }).inputValue(), question);
      const id = `quastenflosser-${db}`;
      const answer = `Den Ausweis (${db}) bekommen Sie im Aquarium.`;
      await page.getByLabel('Kennung').fill(id);
      await page.getByLabel('Antwort', { exact: true }).fill(answer);
      await page.getByLabel('Question', { exact: true }).fill('How do I get a coelacanth pass?');
      await page.getByLabel('Answer', { exact: true }).fill('At the aquarium.');
      // Without JavaScript "Vorschau" is a plain post showing the page with the results.
      await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
      await page.locator('#preview').getByText('dieser Eintrag zuerst').first().waitFor();
      assert.equal(await page.getByLabel('Kennung').inputValue(), id, 'the draft is kept');
      // (axe needs JavaScript in the page: the same editor is checked in the axe test below.)
      await screenshot(page, `console-faq-new-preview-nojs-${db}`);
      await page.getByRole('button', { name: 'Speichern', exact: true }).click();
      await page.getByText(/^Gespeichert \(Revision 1\)/).waitFor();

      const log = await ask(chat, question);
      await log.getByText(answer).waitFor();
      await page.goto(server.url + '/admin/questions');
      assert.equal(await page.getByRole('heading', { name: `„${question}“` }).count(), 0);
      await ed.close();
      await user.close();
    });

    it('shows field errors from the one validation and keeps the input', async () => {
      const ed = await newContext(browser);
      const page = await ed.newPage();
      await signIn(page, server, editor);
      await page.goto(`${server.url}/admin/faq/${ENTRY}`);
      await page.getByLabel('Frage', { exact: true }).fill('');
      await page.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
      await page.getByRole('button', { name: 'Speichern', exact: true }).click();
      await page.getByText('Nichts wurde gespeichert.', { exact: false }).waitFor();
      assert.equal(await page.getByLabel('Frage', { exact: true }).getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByLabel('Link', { exact: true }).inputValue(), 'javascript:alert(1)');
      await checkA11y(page, 'editor with errors');
      await ed.close();
    });

    it('passes axe on every maintainer page at 360 px and on the desktop, without sideways scrolling', async () => {
      for (const [vp, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
        const ctx = await newContext(browser, { viewport: vp });
        const page = await ctx.newPage();
        await signIn(page, server, editor);
        for (const [route, shot] of [
          ['/admin/faq', 'faq-list'],
          ['/admin/faq?q=export', 'faq-search'],
          [`/admin/faq/${ENTRY}`, 'faq-edit'],
          ['/admin/faq/new', 'faq-new'],
          [`/admin/faq/${ENTRY}/revisions`, 'faq-history'],
          [`/admin/faq/${ENTRY}/revisions?confirm=1`, 'faq-revert'],
          ['/admin/questions', 'questions'],
          ['/admin/faq/vocabulary', 'faq-vocabulary'],
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
