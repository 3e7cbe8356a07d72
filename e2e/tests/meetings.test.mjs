// The yearly meeting in a real browser, with JavaScript on and off: a new participant
// proposes a session, sees which minimum criteria are unmet, adds speakers until all
// are met and submits; the agenda filters without JavaScript; Arabic session pages
// read right to left; the proposal form can be filled from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startForum, launch, confirmRegistration, signIn, ADMIN } from '../lib/harness.mjs';

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

/** Clicks a button that posts a form and waits for the page it leads to. */
async function post(page, selector) {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

/** The codes of the criteria the draft's page lists as unmet, in order. */
function unmet(page) {
  return page.locator('section.criteria ul.unmet li').evaluateAll((els) => els.map((e) => e.dataset.criterion));
}

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'on' : 'off';
  test(`propose a session, meet every criterion and submit it (JavaScript ${js})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = `proposer-${js}@e2e.test`;
    await page.goto(`${forum.url}/en/register`);
    await page.fill('#display_name', `Proposer ${js}`);
    await page.fill('#email', email);
    await page.selectOption('#stakeholder_group', 'technical-community');
    await page.selectOption('#country', 'BR');
    await page.fill('#password', 'a long proposer password');
    await page.check('#coc');
    await page.click('form.stack button[type=submit]');
    await confirmRegistration(page, forum, email);

    await page.goto(`${forum.url}/en/meetings/2027`);
    assert.equal(await page.getAttribute('[data-call]', 'data-call'), 'open');
    await Promise.all([page.waitForURL(/\/meetings\/2027\/propose$/),
      page.getByRole('link', { name: 'Propose a session' }).click()]);
    await page.fill('#title', `Rural spectrum for community networks (${js})`);
    await page.fill('#body', 'Community networks need **spectrum** they can afford. We ask regulators and operators what works.');
    await page.fill('#policy_questions', 'How can spectrum be shared fairly?\nWho pays for backhaul?');
    await page.selectOption('#session_type', 'workshop');
    await page.selectOption('#format', 'roundtable');
    await page.selectOption('#duration', '60');
    await page.selectOption('#mode', 'hybrid');
    await page.check('input[name=topics][value=access-affordability]');
    await Promise.all([page.waitForURL(/\/sessions\/\d+$/), page.click('form.stack button[type=submit]')]);
    const session = page.url();
    assert.equal(await page.getAttribute('.status', 'data-status'), 'draft');
    assert.equal(await page.locator('.content strong').innerText(), 'spectrum');
    assert.deepEqual(await unmet(page), ['speakers', 'gender', 'groups', 'onsite']);
    assert.match(await page.locator('section.criteria').innerText(), /at least 3 speakers/i);

    // Submitting too early is refused, and the page says why.
    await post(page, 'form[action$="/submit"] button');
    assert.equal(await page.getAttribute('.status', 'data-status'), 'draft');
    assert.deepEqual(await unmet(page), ['speakers', 'gender', 'groups', 'onsite']);

    const speakers = [
      // The proposer moderates, named by email: the profile fills in the rest.
      [{ email, gender: 'woman', role: 'moderator', onsite: true }, ['speakers', 'gender', 'groups', 'onsite']],
      [{ name: 'Ayesha Khan', organisation: 'Telecom Regulatory Authority', group: 'government', country: 'PK',
        gender: 'woman', role: 'speaker', onsite: true }, ['speakers', 'gender', 'onsite']],
      [{ name: 'Pedro Alves', organisation: 'Rede Rural', group: 'private-sector', country: 'PT',
        gender: 'man', role: 'speaker', onsite: true }, ['speakers']],
      [{ name: 'Noor Haddad', organisation: 'Open Spectrum Alliance', group: 'civil-society', country: 'JO',
        gender: 'non-binary', role: 'speaker', onsite: false }, []],
    ];
    for (const [s, expected] of speakers) {
      const form = page.locator('section.speaker-form form');
      if (s.email) await form.locator('#email').fill(s.email);
      if (s.name) await form.locator('#name').fill(s.name);
      if (s.organisation) await form.locator('#organisation').fill(s.organisation);
      if (s.group) await form.locator('#group').selectOption(s.group);
      if (s.country) await form.locator('#country').selectOption(s.country);
      await form.locator('#gender').selectOption(s.gender);
      await form.locator('#role').selectOption(s.role);
      if (s.onsite) await form.locator('input[name=onsite]').check();
      await post(page, 'section.speaker-form button[type=submit]');
      assert.deepEqual(await unmet(page), expected, `after adding ${s.name ?? s.email}`);
    }
    const people = await page.locator('ul.people li[data-role]').allInnerTexts();
    assert.equal(people.length, 4);
    assert.match(people[0], new RegExp(`Proposer ${js} \\(Moderator\\)`));
    assert.equal(await page.getAttribute('section.criteria', 'data-unmet'), '0');
    assert.match(await page.locator('section.criteria').innerText(), /Every minimum criterion is met/);

    await post(page, 'form[action$="/submit"] button');
    assert.equal(page.url().split('#')[0], session);
    assert.equal(await page.getAttribute('.status', 'data-status'), 'submitted');
    assert.equal(await page.locator('.status').innerText(), 'Submitted');
    assert.equal(await page.locator('section.speaker-form').count(), 0, 'no longer editable');

    await page.goto(`${forum.url}/en/meetings/2027`);
    assert.match(await page.locator('main').innerText(), new RegExp(`Rural spectrum for community networks \\(${js}\\)\\s+Submitted`));
    await context.close();
  });
}

test('the 2027 agenda filters without JavaScript', async () => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${forum.url}/en/meetings/2027/agenda`);
  const sessions = page.locator('ul.agenda li.session');
  const all = await sessions.count();
  assert.ok(all >= 1, 'the Day 0 session is on the agenda');
  assert.match(await sessions.first().innerText(), /Community networks for the next billion/);

  await page.click('details.filters summary');
  await page.selectOption('#f-type', 'day-zero');
  await Promise.all([page.waitForURL(/type=day-zero/), page.click('form.filters button[type=submit]')]);
  assert.equal(await sessions.count(), all, 'a filter that keeps every session');
  assert.equal(await page.inputValue('#f-type'), 'day-zero', 'the choice is remembered');

  await page.selectOption('#f-type', 'workshop');
  await Promise.all([page.waitForURL(/type=workshop/), page.click('form.filters button[type=submit]')]);
  assert.ok(await sessions.count() < all, 'fewer sessions shown');
  assert.match((await page.locator('main').innerText()).replace(/[\u2068\u2069]/g, ''), /\b0 sessions\b/);

  await Promise.all([page.waitForURL(/\/agenda$/), page.click('form.filters a')]);
  assert.equal(await sessions.count(), all, 'clearing shows every session again');
  await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`an Arabic session page reads right to left (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto(`${forum.url}/ar/meetings/2025/agenda`);
    const id = await page.getAttribute('li.session', 'data-session');
    await page.goto(`${forum.url}/ar/sessions/${id}`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.locator('body').evaluate((el) => getComputedStyle(el).direction), 'rtl');
    // Facts: the label sits to the right of its value.
    const dt = await page.locator('dl.facts dt').first().boundingBox();
    const dd = await page.locator('dl.facts dd').first().boundingBox();
    assert.ok(dt.x > dd.x, `label at ${dt.x}, value at ${dd.x}`);
    // The English original keeps its own language and direction inside the Arabic page.
    assert.equal(await page.getAttribute('.content', 'lang'), 'en');
    assert.equal(await page.getAttribute('.content', 'dir'), 'ltr');
    const report = page.locator('section.report > div[lang]').first();
    assert.equal(await report.getAttribute('dir'), 'ltr');
    assert.equal(await report.evaluate((el) => getComputedStyle(el).direction), 'ltr');
    // while the report's headings, in Arabic, stay right to left.
    assert.equal(await page.locator('section.report h3').first().evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.equal(await page.locator('.pre').first().evaluate((el) => getComputedStyle(el).direction), 'ltr',
      'the policy questions are in English');
    await page.context().close();
  });
}

test('keyboard: the proposal form is reached field by field, with visible focus', async () => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, forum.url, ADMIN);
  await page.goto(`${forum.url}/en/meetings/2027/propose`);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { id: el.id || `${el.tagName.toLowerCase()}[name=${el.getAttribute('name')}]`,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });
  let f;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    f = await focused();
    if (f.id === 'title') break;
  }
  assert.equal(f.id, 'title', 'Tab reaches the title');
  const order = [f];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  assert.deepEqual(order.map((x) => x.id), ['title', 'body', 'policy_questions', 'session_type', 'format',
    'duration', 'mode', 'session_lang', 'track', 'input[name=topics]']);
  for (const x of order) assert.ok(x.outline, `${x.id} shows where the focus is`);
  // Typing and choosing work from the keyboard too.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused()).id, 'duration');
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.inputValue('#duration'), '');
  await page.context().close();
});
