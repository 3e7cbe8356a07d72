// Starts a real Convene on a fresh data directory (demo forum plus a secretariat
// and a reviewer account) and Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const ADMIN = { email: 'secretariat@e2e.test', password: 'e2e secretariat password' };
/** A reviewer from an organisation that organises none of the demo's proposals. */
export const REVIEWER = { email: 'reviewer@e2e.test', password: 'e2e reviewer password', name: 'E2E Reviewer' };

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function binary() {
  const bin = process.env.CONVENE_BIN;
  if (!bin) throw new Error('CONVENE_BIN must name the convene binary (scripts/test sets it)');
  return bin;
}

/** A running forum: `url`, and `stop()` that shuts it down with SIGTERM. */
export async function startForum() {
  const bin = binary();
  const data = mkdtempSync(join(tmpdir(), 'convene-e2e-'));
  const env = { ...process.env, CONVENE_DATA: data, CONVENE_LOG: 'warn,convene=info' };
  delete env.CONVENE_DATABASE_URL;
  delete env.CONVENE_CONFIG;
  const quiet = { ...env, CONVENE_LOG: 'warn' };
  execFileSync(bin, ['demo'], { env: quiet, stdio: 'ignore' });
  execFileSync(bin, ['user', 'add', '--email', ADMIN.email, '--name', 'E2E Secretariat',
    '--role', 'secretariat', '--group', 'intergovernmental', '--country', 'CH'],
  { env: quiet, input: `${ADMIN.password}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  execFileSync(bin, ['user', 'add', '--email', REVIEWER.email, '--name', REVIEWER.name,
    '--role', 'reviewer', '--group', 'academia', '--country', 'KE', '--affiliation', 'E2E Review Institute'],
  { env: quiet, input: `${REVIEWER.password}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  const child = spawn(bin, ['--log-format', 'json', 'serve', '--listen', '127.0.0.1:0'],
    { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('convene did not start within 30 s')), 30_000);
    createInterface({ input: child.stderr }).on('line', (line) => {
      const m = line.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`convene exited early with ${code}`)));
  });
  return {
    url,
    data,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * After submitting the register form: open the confirmation link mailed to `email` (the
 * forum writes mail to its data directory) and confirm, which signs the page in.
 */
export async function confirmRegistration(page, forum, email) {
  await page.waitForURL(/\/signin\?done=check-mail$/);
  const dir = join(forum.data, 'mail');
  const mails = readdirSync(dir).sort().reverse()
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/=\r?\n/g, ''));
  const mail = mails.find((m) => m.includes(email) && m.includes('/confirm/'));
  if (!mail) throw new Error(`no confirmation mail for ${email}`);
  const path = mail.match(/\/[a-z]{2}\/confirm\/[A-Za-z0-9_-]+/)[0];
  await page.goto(`${forum.url}${path}`);
  await Promise.all([page.waitForURL(/\/people\/\d+$/), page.click('main form button[type=submit]')]);
}

/** Sign in through the form, as a person would (works with JavaScript off). */
export async function signIn(page, base, { email, password }, lang = 'en') {
  await page.goto(`${base}/${lang}/signin`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('/signin')), page.click('form.stack button[type=submit]')]);
}
