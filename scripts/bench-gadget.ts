// The gadget part of `npm run bench`: a list of 24, 240 and 600 cards on the local wiki, opened
// in Debian's Chromium by a logged-in reader (the costly path: every card's registration page is
// read and gets a control), with the gadget and without it (its module blocked). Chromium's own
// trace gives the longest task on the page's main thread; its metrics give the scripting time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULT_ROOT } from '../shared/config';
import { registrationPageTitle } from '../shared/model/session';
import { sessionCard } from '../shared/pages/session-cards';
import { sourceOf, withHeader } from '../shared/registrations/registration-header';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import { botIdentity, connect, routeLibraryLog } from '../bot/wiki/client';
import { silentLog } from '../bot/wiki/log';
import { PageWriter } from '../bot/wiki/page-writer';
import { install } from '../bot/install/install';
import { wikiSources } from '../bot/install/wiki-sources';
import { importPages, startLocalWiki, type LocalWikiInfo } from './local-wiki';

const SIZES = [24, 240, 600];
const ROUNDS = Number(process.env.LC_BENCH_ROUNDS ?? 3);
const LONG_TASK_BUDGET_MS = 50;

function listPage(count: number): { title: string; pages: Array<{ title: string; text: string }> } {
  const now = DateTime.utc();
  const calls = Array.from({ length: count }, (_, i) => `{{Let's Connect/Session|id=bench-${count}-${i}|title=Bench session ${i}|start=${now.plus({ days: 1 + (i % 60) }).toFormat('yyyy-MM-dd')} 1${i % 8}:00|timezone=Europe/Madrid|capacity=30|interpretation=es, ar|audience=newcomers}}`);
  const sessions = readSessionsFromPage('Bench', calls.join('\n')).sessions;
  if (sessions.length !== count) throw new Error('the bench wrote an invalid session');
  const title = `${DEFAULT_ROOT}/Calendar/Bench ${count}`;
  const lines = (i: number) => Array.from({ length: 10 }, (_, k) => `{{Let's Connect/Registration|user=${k === 3 && i % 5 === 0 ? 'Alice' : `Person ${k}`}|registered=2026-11-01T10:00:00Z}}`).join('\n');
  return {
    title,
    pages: [
      { title, text: `<div class="lc-calendar" data-lc-list="calendar">\n${sessions.map((s) => sessionCard(s, DEFAULT_ROOT, { registered: 10, waitlisted: 0 })).join('\n')}\n</div>` },
      ...sessions.map((s, i) => ({ title: registrationPageTitle(DEFAULT_ROOT, s.id), text: withHeader(`Registrations.\n${lines(i)}`, sourceOf(s)) })),
    ],
  };
}

interface Figures { scriptMs: number; longestTaskMs: number; readyMs: number }

/** Tasks on the renderer's main thread from Chromium's trace, in milliseconds. */
function longestTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: Array<{ name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }> }).traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return Math.max(0, ...events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000));
}

async function measure(browser: Browser, page: Page, url: string, withGadget: boolean): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  const started = Date.now();
  await page.goto(url);
  if (withGadget) await page.waitForSelector('.lc-ready', { state: 'attached', timeout: 60000 });
  else await page.waitForLoadState('networkidle');
  const readyMs = Date.now() - started;
  const trace = await browser.stopTracing();
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: { metrics: Array<{ name: string; value: number }> }, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  await cdp.detach();
  return { scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000, longestTaskMs: longestTask(trace), readyMs };
}

async function logIn(page: Page, info: LocalWikiInfo): Promise<void> {
  await page.goto(`${info.server}/index.php?title=Special:UserLogin`);
  await page.fill('#wpName1', info.users[0].username);
  await page.fill('#wpPassword1', info.users[0].password);
  await Promise.all([page.waitForNavigation(), page.click('#wpLoginAttempt')]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  routeLibraryLog(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'lc-bench-gadget-'));
  const wiki = await startLocalWiki({ dir, fresh: true });
  let browser: Browser | undefined;
  try {
    const { info } = wiki;
    const bot = await connect({ apiUrl: info.apiUrl, username: info.bot.username, password: info.bot.password, contact: 'bench' });
    await install(new PageWriter(bot, { dryRun: false, pauseMs: 0, shutoffPage: 'User:LetsConnectBot/Shutoff', log: silentLog, assert: 'bot', identity: botIdentity(info.bot.username) }), wikiSources(DEFAULT_ROOT), 'bench');
    const lists = SIZES.map(listPage);
    // Nothing here is found through link tables: the pages are opened by title.
    await importPages(info, lists.flatMap((l) => l.pages), { linkTables: false });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, timezoneId: 'Asia/Kolkata', locale: 'en-GB' });
    const page = await context.newPage();
    await logIn(page, info);
    // Without the gadget: its module's request fails, everything else loads as usual.
    let blocked = false;
    await page.route(/load\.php/, (route) => {
      const modules = new URL(route.request().url()).searchParams.get('modules') ?? '';
      return blocked && modules.split('|').includes('ext.gadget.letsconnect') ? route.abort() : route.continue();
    });
    const rows: string[] = [];
    for (const [n, list] of lists.entries()) {
      const url = `${info.server}/index.php?title=${encodeURIComponent(list.title.replace(/ /g, '_'))}`;
      const withRuns: Figures[] = [];
      const withoutRuns: Figures[] = [];
      // A warm-up of each, then rounds that alternate, so that a busy moment hurts both alike.
      for (let round = 0; round <= ROUNDS; round++) {
        blocked = false;
        const a = await measure(browser, page, url, true);
        blocked = true;
        const b = await measure(browser, page, url, false);
        if (round > 0) { withRuns.push(a); withoutRuns.push(b); }
      }
      const cards = SIZES[n];
      const longest = Math.max(...withRuns.map((f) => f.longestTaskMs));
      const script = median(withRuns.map((f) => f.scriptMs));
      const base = median(withoutRuns.map((f) => f.scriptMs));
      rows.push(`  ${String(cards).padStart(4)} cards  scripting ${script.toFixed(0).padStart(5)} ms (min ${Math.min(...withRuns.map((f) => f.scriptMs)).toFixed(0)}) vs ${base.toFixed(0).padStart(4)} ms without the gadget (×${(script / Math.max(base, 1)).toFixed(1)})  longest task ${longest.toFixed(0).padStart(4)} ms vs ${Math.max(...withoutRuns.map((f) => f.longestTaskMs)).toFixed(0)} ms without (budget ${LONG_TASK_BUDGET_MS} ms${longest > LONG_TASK_BUDGET_MS ? ', OVER' : ''})  all cards ready in ${median(withRuns.map((f) => f.readyMs))} ms`);
    }
    process.stdout.write(`\ngadget: a logged-in reader in Chromium, ${ROUNDS} rounds after a warm-up (median, min; longest task is the worst round)\n${rows.join('\n')}\n`);
  } finally {
    await browser?.close();
    await wiki.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench (gadget) failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
