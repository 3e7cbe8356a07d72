// What every main page owes its readers: no WCAG 2.1 A/AA violations (axe-core, in
// English and Arabic, light and dark), at most 30 KB compressed on the wire with nothing from other
// hosts and no web fonts, and a keyboard path that starts with a visible skip link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startForum, launch, signIn, ADMIN, REVIEWER } from '../lib/harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BUDGET = 30 * 1024;

let forum;
let browser;
/** Signed in as the secretariat, for contexts that measure signed-in pages. */
let adminState;

/** Main page types, as paths after the language; some need a signed-in reader. */
const PUBLIC = ['/', '/pages/about', '/coalitions/open-standards', '/threads/1',
  '/register', '/signin', '/password-reset', '/people/1', '/translations', '/coalitions', '/topics', '/topics/patents', '/outputs/1', '/outputs/1?version=1', '/no/such/page',
  '/meetings', '/meetings/2025', '/meetings/2027', '/meetings/2025/agenda', '/meetings/2027/agenda',
  '/meetings/2025/timetable', '/meetings/2025/timetable?day=2025-06-24'];
const SIGNED_IN = ['/account', '/translate/1?to=it', '/admin/audit', '/people/2',
  '/threads/1?quote=1', '/coalitions/open-standards/threads/new', '/coalitions/small-networks-spam', '/coalitions/new', '/moderation', '/admin/settings', '/following',
  '/meetings/new', '/meetings/2027/settings', '/meetings/2027/propose', '/meetings/2027/proposals',
  '/meetings/2027/schedule', '/meetings/2025/reports', '/agenda'];

/** Session pages, found by reading the demo's pages rather than guessing their ids. */
async function findSessions() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const ids = async (path, selector, attribute) => {
    await page.goto(`${forum.url}/en${path}`);
    return page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attribute);
  };
  // The 2025 session whose report is full and carries a transcript.
  let reported;
  for (const id of await ids('/meetings/2025/agenda', 'li.session', 'data-session')) {
    await page.goto(`${forum.url}/en/sessions/${id}`);
    if (await page.locator('section.report details.transcript').count()) reported = id;
  }
  assert.ok(reported, 'a 2025 session with a report and transcript');
  await signIn(page, forum.url, ADMIN);
  // A 2027 proposal in review: the secretariat sees it with the review panel.
  const [inReview] = await ids('/meetings/2027/proposals',
    'tr[data-proposal]:has([data-status="in-review"])', 'data-proposal');
  assert.ok(inReview, 'a 2027 proposal in review');
  // A draft of the secretariat's own, so its page shows the criteria and the forms.
  await page.goto(`${forum.url}/en/meetings/2027/propose`);
  await page.fill('#title', 'Quality check draft');
  await Promise.all([page.waitForURL(/\/sessions\/\d+$/), page.click('form.stack button[type=submit]')]);
  const draft = page.url().match(/\/sessions\/(\d+)$/)[1];
  adminState = await context.storageState();
  await context.close();
  PUBLIC.push(`/sessions/${reported}`);
  SIGNED_IN.push(`/sessions/${inReview}`, `/sessions/${draft}`, `/sessions/${reported}/report`);
}

before(async () => {
  forum = await startForum();
  browser = await launch();
  await findSessions();
});
after(async () => { await browser?.close(); await forum?.stop(); });

/** Opens a page, making sure it is the page itself and not an error or a sign-in form. */
async function visit(page, lang, path) {
  const response = await page.goto(`${forum.url}/${lang}${path}`);
  const expected = path === '/no/such/page' ? 404 : 200;
  assert.equal(response.status(), expected, `${lang}${path}`);
}

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

// In both colour schemes: the stylesheet follows `prefers-color-scheme`.
for (const [lang, colorScheme] of [['en', 'light'], ['ar', 'light'], ['en', 'dark'], ['ar', 'dark']]) {
  test(`no WCAG 2.1 A/AA violations on the main pages (${lang}, ${colorScheme})`, async () => {
    // axe is injected as a script, which the forum's own policy forbids.
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const problems = [];
    for (const path of PUBLIC) {
      await visit(page, lang, path);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
    }
    await signIn(page, forum.url, ADMIN, lang);
    for (const path of SIGNED_IN) {
      await visit(page, lang, path);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
    }
    await context.close();
    assert.deepEqual(problems, []);
  });
}

/** Clicks a button that posts a form and waits for the page it leads to. */
async function post(page, button) {
  await Promise.all([page.waitForEvent('load'), button.click()]);
}

test('the reviewer\'s own view of a proposal: no WCAG 2.1 A/AA violations (en, ar), and a review is saved', async () => {
  // The secretariat assigns the reviewer to the 2027 proposal in review, through the form.
  const admin = await browser.newContext({ javaScriptEnabled: false });
  const page = await admin.newPage();
  await signIn(page, forum.url, ADMIN);
  await page.goto(`${forum.url}/en/meetings/2027/proposals`);
  const id = await page.getAttribute('tr[data-proposal]:has([data-status="in-review"])', 'data-proposal');
  assert.ok(id, 'a 2027 proposal in review');
  const path = `/sessions/${id}`;
  await visit(page, 'en', path);
  await page.fill('#reviewer_email', REVIEWER.email);
  await post(page, page.getByRole('button', { name: 'Assign reviewer' }));
  assert.match(page.url(), new RegExp(`${path}#review-title$`));
  assert.ok((await page.locator('section.review ul li').allInnerTexts()).includes(REVIEWER.name), 'the reviewer is listed');
  await admin.close();

  const context = await browser.newContext({ bypassCSP: true });
  const mine = await context.newPage();
  await signIn(mine, forum.url, REVIEWER);
  const problems = [];
  const check = async (when) => {
    for (const lang of ['en', 'ar']) {
      for (const p of ['/reviews', path]) {
        await visit(mine, lang, p);
        for (const v of await axe(mine)) problems.push(`${when} ${lang}${p}: ${v}`);
        // axe lets a label point at an element that shares its id with another.
        const ids = await mine.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
        for (const d of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) problems.push(`${when} ${lang}${p}: id "${d}" twice`);
        const unlabelled = await mine.locator('section.review :is(select, textarea, input:not([type=hidden]))')
          .evaluateAll((els) => els.filter((e) => !e.labels?.length).map((e) => e.id || e.name));
        for (const u of unlabelled) problems.push(`${when} ${lang}${p}: ${u} has no label`);
      }
    }
  };
  await visit(mine, 'en', '/reviews');
  assert.equal(await mine.locator(`ul.list a[href$="${path}"]`).count(), 1, 'the proposal is in the queue');
  await visit(mine, 'en', path);
  assert.equal(await mine.locator('section.review form[action$="/review"]').count(), 1, 'the review form is shown');
  assert.equal(await mine.locator('#reviewer_email').count(), 0, 'no secretariat forms for a reviewer');
  await check('before reviewing:');

  // A review through the form; the page then shows it as saved.
  const scores = { relevance: '4', content: '5', diversity: '3', format: '2' };
  await visit(mine, 'en', path);
  for (const [c, n] of Object.entries(scores)) await mine.selectOption(`#score-${c}`, n);
  await mine.fill('#comments', 'Clear questions; the speakers could be more varied.');
  await post(mine, mine.locator('section.review form[action$="/review"] button[type=submit]'));
  assert.match(mine.url(), new RegExp(`${path}#review-title$`));
  for (const [c, n] of Object.entries(scores)) {
    assert.equal(await mine.locator(`#score-${c} option[selected]`).getAttribute('value'), n, `${c} is saved`);
    assert.equal(await mine.inputValue(`#score-${c}`), n, `${c} is selected`);
  }
  assert.equal(await mine.inputValue('#comments'), 'Clear questions; the speakers could be more varied.');
  await visit(mine, 'en', '/reviews');
  assert.match(await mine.locator('ul.list li').filter({ has: mine.locator(`a[href$="${path}"]`) }).innerText(), /reviewed$/);
  await check('after reviewing:');
  await context.close();
  assert.deepEqual(problems, []);
});

/** Bytes of HTML, CSS and JS a page loads, checking every request stays on this host. */
async function weigh(page, lang, path, host) {
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r));
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
  assert.ok(total > 0, `${path}: nothing measured`);
  return total;
}

test('every main page stays within 30 KB compressed, all from this host, no web fonts', async () => {
  const host = new URL(forum.url).host;
  const over = [];
  for (const lang of ['en', 'ar']) {
    for (const [paths, storageState] of [[PUBLIC, undefined], [SIGNED_IN, adminState]]) {
      for (const path of paths) {
        // A fresh context each time: the stylesheet counts on every page.
        const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'br, gzip' }, storageState });
        const total = await weigh(await context.newPage(), lang, path, host);
        await context.close();
        if (total > BUDGET) over.push(`${lang}${path}: ${total} bytes`);
      }
    }
  }
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
