// The timetable of the demo's past edition in a real browser: rooms across and time
// down, placed where their start says; on a phone the grid scrolls sideways while the
// times stay in view; Arabic mirrors it; the agenda's filters work on it without
// JavaScript; the list links to it and back; axe finds nothing, in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startForum, launch } from '../lib/harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PATH = '/meetings/2025/timetable';

let forum;
let browser;
before(async () => { forum = await startForum(); browser = await launch(); });
after(async () => { await browser?.close(); await forum?.stop(); });

/** Each cell's start (minutes since midnight) and box, in reading order. */
function cells(page) {
  return page.locator('.tt-session').evaluateAll((els) => els.map((e) => {
    const [h, m] = e.querySelector('.time').textContent.split(/[–:]/).map(Number);
    const r = e.getBoundingClientRect();
    return { start: h * 60 + m, x: r.x, y: r.y, type: e.dataset.type };
  }));
}

for (const lang of ['en', 'ar']) {
  test(`the 2025 timetable places sessions by room and time, ${lang === 'ar' ? 'right to left' : 'left to right'} (${lang})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(`${forum.url}/${lang}${PATH}`);
    assert.equal(response.status(), 200);
    const rtl = lang === 'ar';
    assert.equal(await page.getAttribute('html', 'dir'), rtl ? 'rtl' : 'ltr');
    const rooms = await page.locator('.tt-room').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    assert.ok(rooms.length >= 2, `rooms as columns (${rooms.length})`);
    for (let i = 1; i < rooms.length; i++) {
      assert.ok(rtl ? rooms[i] < rooms[i - 1] : rooms[i] > rooms[i - 1], `room ${i} follows the reading direction`);
    }
    const corner = await page.locator('.tt-corner').boundingBox();
    assert.ok(rtl ? corner.x > rooms[0] : corner.x < rooms[0], 'the times come first in the reading direction');
    // Later starts sit lower; equal starts on one line.
    const placed = await cells(page);
    assert.ok(placed.length >= 6, `a full day of sessions (${placed.length})`);
    for (const a of placed) {
      for (const b of placed) {
        if (a.start < b.start) assert.ok(a.y < b.y, `a session at ${a.start} sits above one at ${b.start}`);
        if (a.start === b.start) assert.ok(Math.abs(a.y - b.y) < 1, `sessions at ${a.start} share a line`);
      }
    }

    // The list links to the grid and the grid back, without JavaScript.
    await page.goto(`${forum.url}/${lang}/meetings/2025/agenda`);
    await Promise.all([page.waitForURL(/\/timetable$/), page.click('p.views a')]);
    await Promise.all([page.waitForURL(/\/agenda$/), page.click('p.views a')]);

    // The agenda's filters, on the grid.
    await page.goto(`${forum.url}/${lang}${PATH}`);
    await page.click('details.filters summary');
    await page.selectOption('#f-type', 'workshop');
    await Promise.all([page.waitForURL(/\/timetable\?.*type=workshop/), page.click('form.filters button[type=submit]')]);
    const workshops = await cells(page);
    assert.ok(workshops.length >= 1 && workshops.length < placed.length, 'fewer sessions, all of them workshops');
    assert.ok(workshops.every((c) => c.type === 'workshop'));
    // The days keep the filter and stay on the grid.
    const day = page.locator('nav.days a').nth(1);
    assert.match(await day.getAttribute('href'), /\/timetable\?day=2025-06-\d\d&type=workshop$/);
    await context.close();
  });

  test(`on a phone the timetable scrolls sideways and keeps its times in view (${lang})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${forum.url}/${lang}${PATH}`);
    const wide = await page.locator('.tt-scroll').evaluate((el) => el.scrollWidth > el.clientWidth);
    assert.ok(wide, 'the grid is wider than the phone');
    const pageWide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert.ok(!pageWide, 'only the grid scrolls, not the page');
    await page.locator('.tt-scroll').evaluate((el, rtl) => el.scrollBy({ left: rtl ? -600 : 600 }), lang === 'ar');
    const box = await page.locator('.tt-scroll').boundingBox();
    const hour = await page.locator('.tt-hour').first().boundingBox();
    assert.ok(hour.x >= box.x - 1 && hour.x + hour.width <= box.x + box.width + 1, 'the first time label is still in view');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`the timetable has no WCAG 2.1 A/AA violations (${lang}, ${colorScheme})`, async () => {
      // axe is injected as a script, which the forum's own policy forbids.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      const problems = [];
      for (const path of [PATH, `${PATH}?day=2025-06-25`, `${PATH}?type=main`]) {
        await page.goto(`${forum.url}/${lang}${path}`);
        await page.addScriptTag({ content: AXE });
        const v = await page.evaluate(async () => {
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        for (const x of v) problems.push(`${path}: ${x}`);
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
}
