// Hostile Markdown and HTML posted through the UI (as translations, then published, and
// as a participant's name) must never run script in the page. The Content-Security-Policy
// is bypassed here on purpose: the sanitizer alone must hold.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startForum, launch, confirmRegistration, signIn, ADMIN } from '../lib/harness.mjs';

const CORPUS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[click me](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">link</a>',
  '<a href="&#106;avascript:window.__pwned=1">encoded</a>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<object data="data:text/html,<script>parent.__pwned=1</script>"></object>',
  '<style>body{background:red}</style><div style="background:url(javascript:window.__pwned=1)">styled</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '<details open ontoggle="window.__pwned=1">details</details>',
  '![x](x" onerror="window.__pwned=1)',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<base href="javascript:/">[relative](x)',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
];

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

async function assertInert(page, where) {
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await page.waitForTimeout(50);
  // Click every link in the content: none may run script either.
  for (const link of await page.locator('.content a').all()) {
    const href = await link.getAttribute('href');
    assert.ok(!/^\s*(javascript|data|vbscript):/i.test(href ?? ''), `${where}: dangerous href ${href}`);
  }
  const found = await page.evaluate(() => ({
    pwned: window.__pwned === 1,
    handlers: [...document.querySelectorAll('.content *')]
      .flatMap((el) => [...el.attributes].map((a) => a.name))
      .filter((n) => n.startsWith('on') || n === 'style'),
    scripts: document.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv]').length,
  }));
  assert.equal(found.pwned, false, `${where}: script ran`);
  assert.deepEqual(found.handlers, [], `${where}: event handler or style attribute survived`);
  assert.equal(found.scripts, 0, `${where}: active element survived`);
  assert.equal(dialogs, 0, `${where}: a dialog opened`);
}

test('no hostile input runs script when published and read', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, forum.url, ADMIN, 'it');
  for (const [i, payload] of CORPUS.entries()) {
    // The secretariat's translations publish at once; the newest is served.
    await page.goto(`${forum.url}/it/coalitions/open-standards`);
    const editor = await page.locator('a[href*="/translate/"]').first().getAttribute('href');
    await page.goto(`${forum.url}${editor}`);
    await page.fill('#title', `Titolo ${i} ${payload}`);
    await page.fill('#body', `Prima riga.\n\n${payload}\n\nUltima riga.`);
    await page.click('form.translate button[type=submit]');
    await page.goto(`${forum.url}/it/coalitions/open-standards`);
    assert.match(await page.locator('.content').innerText(), /Prima riga/, `payload ${i} was published`);
    await assertInert(page, `payload ${i}`);
  }
  await context.close();
});

test('a hostile display name is shown as text, never as markup', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await page.goto(`${forum.url}/en/register`);
  await page.fill('#display_name', name);
  await page.fill('#email', 'mallory@e2e.test');
  await page.selectOption('#stakeholder_group', 'media');
  await page.selectOption('#country', 'FR');
  await page.fill('#password', 'mallory long password');
  await page.check('#coc');
  await page.click('form.stack button[type=submit]');
  await confirmRegistration(page, forum, 'mallory@e2e.test');
  assert.equal(await page.locator('main h1').innerText(), name);
  const pwned = await page.evaluate(() => window.__pwned === 1);
  assert.equal(pwned, false);
  await context.close();
});
