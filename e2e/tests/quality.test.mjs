// What every main page owes its readers: no WCAG 2.1 A/AA violations (axe-core, in
// English and Arabic), at most 30 KB compressed on the wire with nothing from other
// hosts and no web fonts, and a keyboard path that starts with a visible skip link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startForum, launch, signIn, ADMIN } from '../lib/harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BUDGET = 30 * 1024;

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

/** Main page types, as paths after the language; some need a signed-in reader. */
const PUBLIC = ['/', '/pages/about', '/coalitions/open-standards', '/threads/1',
  '/register', '/signin', '/password-reset', '/people/1', '/translations', '/coalitions', '/topics', '/topics/patents', '/outputs/1', '/outputs/1?version=1', '/no/such/page'];
const SIGNED_IN = ['/account', '/translate/1?to=it', '/admin/audit', '/people/2',
  '/threads/1?quote=1', '/coalitions/open-standards/threads/new', '/coalitions/small-networks-spam', '/coalitions/new', '/moderation', '/admin/settings', '/following'];

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

for (const lang of ['en', 'ar']) {
  test(`no WCAG 2.1 A/AA violations on the main pages (${lang})`, async () => {
    // axe is injected as a script, which the forum's own policy forbids.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems = [];
    for (const path of PUBLIC) {
      await page.goto(`${forum.url}/${lang}${path}`);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
    }
    await signIn(page, forum.url, ADMIN, lang);
    for (const path of SIGNED_IN) {
      await page.goto(`${forum.url}/${lang}${path}`);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
    }
    await context.close();
    assert.deepEqual(problems, []);
  });
}

test('every main page stays within 30 KB compressed, all from this host, no web fonts', async () => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'br, gzip' } });
  const page = await context.newPage();
  const host = new URL(forum.url).host;
  const over = [];
  for (const lang of ['en', 'ar']) {
    for (const path of PUBLIC) {
      const requests = [];
      page.on('requestfinished', (r) => requests.push(r));
      // A fresh cache each time: the stylesheet counts on every page.
      await context.clearCookies();
      await page.goto(`${forum.url}/${lang}${path}`, { waitUntil: 'load' });
      page.removeAllListeners('requestfinished');
      let total = 0;
      for (const r of requests) {
        const url = new URL(r.url());
        assert.equal(url.host, host, `${path} loads ${r.url()}`);
        assert.notEqual(r.resourceType(), 'font', `${path} loads a web font`);
        if (['document', 'stylesheet', 'script'].includes(r.resourceType())) {
          total += (await r.sizes()).responseBodySize;
        }
      }
      if (total > BUDGET) over.push(`${lang}${path}: ${total} bytes`);
      assert.ok(total > 0, `${path}: nothing measured`);
    }
  }
  await context.close();
  assert.deepEqual(over, []);
});

for (const javaScriptEnabled of [true, false]) {
  test(`keyboard: the first Tab reaches a visible skip link that leads to the content (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${forum.url}/en/pages/about`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.equal(await focused.getAttribute('href'), '#content');
    const box = await focused.boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'the skip link is on screen when focused');
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#content$/);
    await page.keyboard.press('Tab');
    const next = await page.locator(':focus').evaluate((el) => el.closest('main') !== null);
    assert.ok(next, 'the next Tab stays in the main content');
    await context.close();
  });
}
