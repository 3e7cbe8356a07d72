// Writes screenshots of the main pages, phone and desktop width, in English and Arabic,
// to e2e/screenshots/ for a person to look at. Not a test; nothing is committed.
//   CONVENE_BIN=path/to/convene node e2e/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startForum, launch, signIn, ADMIN } from './lib/harness.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const PAGES = {
  home: '/', about: '/pages/about', coalition: '/coalitions/open-standards', thread: '/threads/1',
  register: '/register', profile: '/people/1', translations: '/translations',
  meetings: '/meetings', edition: '/meetings/2027', agenda: '/meetings/2025/agenda', session: '/sessions/1',
  'agenda-filtered': '/meetings/2027/agenda?type=day-zero',
};
// Demo ids follow the demo's creation order: session 5 is the 2027 proposal in review.
const SIGNED_IN = {
  translate: '/translate/1?to=it', account: '/account', proposals: '/meetings/2027/proposals',
  schedule: '/meetings/2027/schedule', review: '/sessions/5', reports: '/meetings/2025/reports',
  propose: '/meetings/2027/propose', 'my-agenda': '/agenda',
};
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

mkdirSync(OUT, { recursive: true });
const forum = await startForum();
const browser = await launch();
try {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const lang of ['en', 'ar']) {
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(`${forum.url}/${lang}${path}`);
        await page.screenshot({ path: join(OUT, `${lang}-${name}-${device}.png`), fullPage: true });
      }
    }
    await signIn(page, forum.url, ADMIN, 'en');
    // A draft of one's own, to see the criteria and the speaker form.
    await page.goto(`${forum.url}/en/meetings/2027/propose`);
    await page.fill('#title', 'A draft to look at');
    await Promise.all([page.waitForURL(/\/sessions\/\d+$/), page.click('form.stack button[type=submit]')]);
    SIGNED_IN.draft = new URL(page.url()).pathname.replace(/^\/en/, '');
    for (const lang of ['en', 'ar']) {
      for (const [name, path] of Object.entries(SIGNED_IN)) {
        await page.goto(`${forum.url}/${lang}${path}`);
        await page.screenshot({ path: join(OUT, `${lang}-${name}-${device}.png`), fullPage: true });
      }
    }
    await context.close();
  }
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await forum.stop();
}
