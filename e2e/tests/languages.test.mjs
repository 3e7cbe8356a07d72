// Languages in a real browser, with JavaScript on and off: the seed's fallback, done
// right; right-to-left Arabic; the switcher; translations going out of date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startForum, launch, confirmRegistration, signIn, ADMIN } from '../lib/harness.mjs';

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

  test(`an Italian reader gets the English original, marked as English, under an Italian notice (${js})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${forum.url}/`);
    assert.match(page.url(), /\/it\/$/, 'Accept-Language picks Italian');
    await page.goto(`${forum.url}/it/pages/about`);
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
    const notice = page.locator('[data-translation-state="untranslated"]');
    assert.equal(await notice.count(), 1);
    assert.match(await notice.innerText(), /non è ancora stata tradotta/);
    assert.equal(await page.getAttribute('.content', 'lang'), 'en');
    assert.match(await page.locator('.content h1').innerText(), /About this forum/);
    assert.equal(await page.getAttribute('meta[name=robots]', 'content'), 'noindex');
    assert.equal(await page.locator('link[rel=alternate][hreflang=it]').count(), 0);
    await context.close();
  });

  test(`Arabic pages read right to left (${js})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${forum.url}/ar/pages/about`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const direction = await page.locator('body').evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
    // The first navigation item sits to the right of the second (the list may wrap,
    // so compare neighbours on the same line).
    const items = page.locator('header nav li');
    const first = await items.nth(0).boundingBox();
    const second = await items.nth(1).boundingBox();
    assert.equal(Math.round(first.y), Math.round(second.y), 'same line');
    assert.ok(first.x > second.x, `first item at ${first.x}, second at ${second.x}`);
    assert.equal(await page.getAttribute('.content', 'dir'), 'rtl', 'the Arabic translation is itself RTL');
    await context.close();
  });

  test(`the language switcher keeps the reader on the same page and is remembered (${js})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${forum.url}/en/pages/about`);
    await page.click('nav.languages a[hreflang=fr]');
    assert.match(page.url(), /\/fr\/pages\/about$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.goto(`${forum.url}/`);
    assert.match(page.url(), /\/fr\/$/, 'the cookie now wins over Accept-Language');
    await context.close();
  });
}

test('editing the English original marks the French translation outdated (JavaScript off)', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${forum.url}/fr/pages/about`);
  assert.equal(await page.locator('[data-translation-state]').count(), 0, 'French is current at first');
  await signIn(page, forum.url, ADMIN, 'fr');
  await page.goto(`${forum.url}/fr/pages/about`);
  await page.click('a[href*="/texts/"][href$="/edit"]');
  await page.fill('#body', `${await page.inputValue('#body')}\n\nA sentence added in the e2e test.`);
  await page.click('form.stack button[type=submit]');
  await page.goto(`${forum.url}/fr/pages/about`);
  const notice = page.locator('[data-translation-state="outdated"]');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.innerText(), /original/);
  assert.equal(await page.getAttribute('.content', 'lang'), 'fr', 'the old translation is still served');
  await context.close();
});

test('a newcomer registers and translates the About page into Italian; the secretariat approves it (JavaScript on)', async () => {
  const helper = await browser.newContext();
  const page = await helper.newPage();
  await page.goto(`${forum.url}/it/register`);
  await page.fill('#display_name', 'Giulia Traduttrice');
  await page.fill('#email', 'giulia@e2e.test');
  await page.selectOption('#stakeholder_group', 'academia');
  await page.selectOption('#country', 'IT');
  await page.fill('#password', 'una frase lunga e sicura');
  await page.check('#coc');
  await page.click('form.stack button[type=submit]');
  await confirmRegistration(page, forum, 'giulia@e2e.test');

  await page.goto(`${forum.url}/it/pages/about`);
  await page.click('[data-translation-state="untranslated"] a');
  assert.equal(await page.getAttribute('#body', 'lang'), 'it');
  assert.equal(await page.getAttribute('pre.source', 'lang'), 'en');
  await page.fill('#title', 'Informazioni sul forum');
  await page.fill('#body', 'Il forum **non prende decisioni vincolanti**.');
  await page.click('form.translate button[type=submit]');
  assert.match(page.url(), /done=proposed/);
  await helper.close();

  const admin = await browser.newContext();
  const apage = await admin.newPage();
  await signIn(apage, forum.url, ADMIN, 'it');
  await apage.goto(`${forum.url}/it/pages/about`);
  await apage.click('[data-translation-state="untranslated"] a');
  await Promise.all([apage.waitForURL(/done=published/), apage.click('form.approve button[type=submit]')]);
  await admin.close();

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const rpage = await reader.newPage();
  await rpage.goto(`${forum.url}/it/pages/about`);
  assert.equal(await rpage.locator('[data-translation-state]').count(), 0);
  assert.equal(await rpage.getAttribute('.content', 'lang'), 'it');
  assert.equal(await rpage.locator('.content h1').innerText(), 'Informazioni sul forum');
  await reader.close();
});
