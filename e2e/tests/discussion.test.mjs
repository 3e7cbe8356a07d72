// The core participation flows in a real browser, with JavaScript on and off: register,
// join a coalition, start a thread, reply with a quote; and standing shown with reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startForum, launch, confirmRegistration } from '../lib/harness.mjs';

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

test('each coalition shows its standing and why', async () => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const [slug, standing] of [['open-standards', 'active'], ['access-to-knowledge', 'inactive'], ['small-networks-spam', 'forming']]) {
    await page.goto(`${forum.url}/en/coalitions/${slug}`);
    const block = page.locator(`[data-standing="${standing}"]`);
    assert.equal(await block.count(), 1, `${slug} is ${standing}`);
    assert.ok((await block.locator('li').count()) > 0, `${slug} gives reasons`);
  }
});

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'on' : 'off';
  test(`register, join a coalition, start a thread and reply with a quote (JavaScript ${js})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${forum.url}/en/register`);
    await page.fill('#display_name', `Participant ${js}`);
    await page.fill('#email', `participant-${js}@e2e.test`);
    await page.selectOption('#stakeholder_group', 'technical-community');
    await page.selectOption('#country', 'BR');
    await page.fill('#password', 'a long participant password');
    await page.check('#coc');
    await page.click('form.stack button[type=submit]');
    await confirmRegistration(page, forum, `participant-${js}@e2e.test`);

    await page.goto(`${forum.url}/en/coalitions/community-connectivity`);
    await page.click('form[action$="/join"] button');
    assert.equal(await page.locator('form[action$="/leave"]').count(), 1, 'now a member');
    assert.match(await page.locator('main').innerText(), new RegExp(`Participant ${js}`));

    await page.click('a[href$="/threads/new"]');
    await page.fill('#title', `Backhaul sharing (${js})`);
    await page.fill('#body', 'Has anyone **shared backhaul** with a school network?');
    await Promise.all([page.waitForURL(/\/threads\/\d+$/), page.click('form.stack button[type=submit]')]);
    assert.match(await page.locator('h1').innerText(), /Backhaul sharing/);
    assert.equal(await page.locator('article.post strong').innerText(), 'shared backhaul');

    await page.click('article.post a[href*="quote="]');
    assert.match(await page.inputValue('#body'), /^> Has anyone/);
    await page.fill('#body', `${await page.inputValue('#body')}Yes, in two districts.`);
    await page.click('#reply button[type=submit]');
    const posts = page.locator('article.post');
    await page.goto(page.url().split('?')[0]);
    assert.equal(await posts.count(), 2);
    assert.match(await posts.nth(1).innerText(), /Yes, in two districts/);
    assert.equal(await posts.nth(1).locator('blockquote').count(), 1);
    await context.close();
  });
}
