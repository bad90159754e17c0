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
import { registrationPageTitle } from '../shared/model/titles';
import { sessionCard } from '../shared/pages/session-cards';
import {
	sourceOf,
	withHeader,
} from '../shared/registrations/registration-header';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import { routeLibraryLog } from '../bot/wiki/client';
import { silentLog } from '../bot/wiki/log';
import { installLocally } from './local-install';
import { importPages, startLocalWiki, type LocalWikiInfo } from './local-wiki';
import { CHROMIUM_BROWSER } from './chromium';

const SIZES = (process.env.LC_BENCH_CARDS ?? '24,240,600')
	.split(',')
	.map(Number);
const ROUNDS = Number(process.env.LC_BENCH_ROUNDS ?? 3);
const LONG_TASK_BUDGET_MS = 50;

function listPage(count: number): {
	title: string;
	pages: { title: string; text: string }[];
} {
	const now = DateTime.utc();
	const calls = Array.from(
		{ length: count },
		(_, i) =>
			`{{Let's Connect/Session|id=bench-${count}-${i}|title=Bench session ${i}|start=${now.plus({ days: 1 + (i % 60) }).toFormat('yyyy-MM-dd')} 1${i % 8}:00|timezone=Europe/Madrid|capacity=30|interpretation=es, ar|audience=newcomers}}`,
	);
	const sessions = readSessionsFromPage('Bench', calls.join('\n')).sessions;
	if (sessions.length !== count)
		throw new Error('the bench wrote an invalid session');
	const title = `${DEFAULT_ROOT}/Calendar/Bench ${count}`;
	const lines = (i: number) =>
		Array.from(
			{ length: 10 },
			(_, k) =>
				`{{Let's Connect/Registration|user=${k === 3 && i % 5 === 0 ? 'Alice' : `Person ${k}`}|registered=2026-11-01T10:00:00Z}}`,
		).join('\n');
	return {
		title,
		pages: [
			{
				title,
				text: `<div class="lc-calendar" data-lc-list="calendar">\n${sessions.map((s) => sessionCard(s, DEFAULT_ROOT, { registered: 10, waitlisted: 0 })).join('\n')}\n</div>`,
			},
			...sessions.map((s, i) => ({
				title: registrationPageTitle(DEFAULT_ROOT, s.id),
				text: withHeader(`Registrations.\n${lines(i)}`, sourceOf(s)),
			})),
		],
	};
}

interface Figures {
	/** Main-thread JavaScript of the whole load (the union of script events), ms. */
	scriptMs: number;
	/** The longest main-thread task of the whole load, ms. */
	longestTaskMs: number;
	/** While the gadget worked (between its letsconnect-start and -ready marks): the most script in one task, ms. */
	gadgetTaskMs: number;
	/** … and the longest task, the browser's styling and layout of the page included, ms. */
	renderTaskMs: number;
	readyMs: number;
}

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	tid: number;
	pid: number;
	args?: { name?: string };
}

const SCRIPT_EVENTS = new Set([
	'EvaluateScript',
	'FunctionCall',
	'TimerFire',
	'FireAnimationFrame',
	'FireIdleCallback',
	'EventDispatch',
	'v8.compile',
	'v8.callFunction',
	'RunMicrotasks',
]);

/** From Chromium's trace of one load: scripting time and the longest tasks on the page's main thread. */
function figuresOf(
	trace: Buffer,
): Omit<Figures, 'readyMs'> & { gadgetRan: boolean } {
	const events = (
		JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
	).traceEvents;
	const mainThreads = new Set(
		events
			.filter(
				(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
			)
			.map((e) => `${e.pid}:${e.tid}`),
	);
	const onMain = events.filter(
		(e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`),
	);
	const tasks = onMain.filter((e) => e.name === 'RunTask');
	// Nested script events (a function call inside a timer) count once: the union of their intervals.
	const scriptTime = (from: number, to: number) => {
		const spans = onMain
			.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= from && e.ts <= to)
			.map((e) => [e.ts, e.ts + (e.dur ?? 0)])
			.sort((x, y) => x[0] - y[0]);
		let total = 0;
		let reach = -Infinity;
		for (const [start, end] of spans) {
			if (end > reach) {
				total += end - Math.max(start, reach);
				reach = end;
			}
		}
		return total;
	};
	const scriptUs = scriptTime(-Infinity, Infinity);
	// The newest of each mark: a trace may still hold an earlier load's.
	const mark = (name: string) =>
		Math.max(
			...events
				.filter((e) => e.name === name && e.cat.includes('user_timing'))
				.map((e) => e.ts),
		);
	const [from, to] = [mark('letsconnect-start'), mark('letsconnect-ready')];
	const during =
		Number.isFinite(from) && Number.isFinite(to) && to > from
			? tasks.filter((t) => t.ts + (t.dur ?? 0) >= from && t.ts <= to)
			: [];
	const longest = (list: TraceEvent[]) =>
		Math.max(0, ...list.map((t) => (t.dur ?? 0) / 1000));
	const longestScript = Math.max(
		0,
		...during.map((t) => scriptTime(t.ts, t.ts + (t.dur ?? 0)) / 1000),
	);
	return {
		scriptMs: scriptUs / 1000,
		longestTaskMs: longest(tasks),
		gadgetTaskMs: longestScript,
		renderTaskMs: longest(during),
		gadgetRan: Number.isFinite(from),
	};
}

async function measure(
	browser: Browser,
	page: Page,
	url: string,
	withGadget: boolean,
): Promise<Figures> {
	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'toplevel',
			'blink.user_timing',
			'v8',
		],
	});
	const started = Date.now();
	await page.goto(url);
	if (withGadget)
		await page.waitForSelector('.lc-ready', {
			state: 'attached',
			timeout: 60000,
		});
	else await page.waitForLoadState('networkidle');
	const readyMs = Date.now() - started;
	const { gadgetRan, ...figures } = figuresOf(await browser.stopTracing());
	if (gadgetRan !== withGadget)
		throw new Error(
			`the gadget ${gadgetRan ? 'ran' : 'did not run'} on the page meant to be ${withGadget ? 'with' : 'without'} it`,
		);
	return { ...figures, readyMs };
}

async function logIn(page: Page, info: LocalWikiInfo): Promise<void> {
	await page.goto(`${info.server}/index.php?title=Special:UserLogin`);
	await page.fill('#wpName1', info.users[0].username);
	await page.fill('#wpPassword1', info.users[0].password);
	await Promise.all([page.waitForNavigation(), page.click('#wpLoginAttempt')]);
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
	routeLibraryLog(() => undefined);
	const dir = mkdtempSync(join(tmpdir(), 'lc-bench-gadget-'));
	const wiki = await startLocalWiki({ dir, fresh: true });
	let browser: Browser | undefined;
	try {
		const { info } = wiki;
		await installLocally(info, DEFAULT_ROOT, 'bench', silentLog);
		const lists = SIZES.map(listPage);
		// Nothing here is found through link tables: the pages are opened by title.
		await importPages(
			info,
			lists.flatMap((l) => l.pages),
			{ linkTables: false },
		);
		browser = await chromium.launch(CHROMIUM_BROWSER);
		// Two readers: one with the gadget, one whose browser never gets its module (a fresh context,
		// so that ResourceLoader's module cache in localStorage cannot serve it either).
		const newPage = async (block: boolean) => {
			const context = await browser!.newContext({
				viewport: { width: 1200, height: 900 },
				timezoneId: 'Asia/Kolkata',
				locale: 'en-GB',
			});
			const page = await context.newPage();
			if (block) {
				await page.route(/load\.php/, (route) => {
					const modules =
						new URL(route.request().url()).searchParams.get('modules') ?? '';
					return /(^|[|,])(ext\.gadget\.)?letsconnect([|,]|$)/.test(modules)
						? route.abort()
						: route.continue();
				});
			}
			await logIn(page, info);
			return page;
		};
		const withGadget = await newPage(false);
		const withoutGadget = await newPage(true);
		const rows: string[] = [];
		for (const [n, list] of lists.entries()) {
			const url = `${info.server}/index.php?title=${encodeURIComponent(list.title.replace(/ /g, '_'))}`;
			const withRuns: Figures[] = [];
			const withoutRuns: Figures[] = [];
			// A warm-up of each, then rounds that alternate, so that a busy moment hurts both alike.
			for (let round = 0; round <= ROUNDS; round++) {
				const a = await measure(browser, withGadget, url, true);
				const b = await measure(browser, withoutGadget, url, false);
				if (round > 0) {
					withRuns.push(a);
					withoutRuns.push(b);
				}
			}
			const cards = SIZES[n];
			const worst = (runs: Figures[], key: keyof Figures) =>
				Math.max(...runs.map((f) => f[key]));
			const script = median(withRuns.map((f) => f.scriptMs));
			const base = median(withoutRuns.map((f) => f.scriptMs));
			const gadgetTask = worst(withRuns, 'gadgetTaskMs');
			rows.push(
				`  ${String(cards).padStart(4)} cards  scripting ${script.toFixed(0).padStart(5)} ms (min ${Math.min(...withRuns.map((f) => f.scriptMs)).toFixed(0)}) vs ${base.toFixed(0).padStart(4)} ms without (×${(script / Math.max(base, 1)).toFixed(1)})` +
					`  while the gadget works: script in one task ≤ ${gadgetTask.toFixed(0).padStart(3)} ms (budget ${LONG_TASK_BUDGET_MS}${gadgetTask > LONG_TASK_BUDGET_MS ? ', OVER' : ''}), longest task with layout ${worst(withRuns, 'renderTaskMs').toFixed(0)} ms` +
					`  longest of the load ${worst(withRuns, 'longestTaskMs').toFixed(0)} ms vs ${worst(withoutRuns, 'longestTaskMs').toFixed(0)} ms without` +
					`  all cards ready in ${median(withRuns.map((f) => f.readyMs))} ms`,
			);
		}
		process.stdout.write(
			`\ngadget: a logged-in reader in Chromium, ${ROUNDS} rounds after a warm-up (median, min; longest task is the worst round)\n${rows.join('\n')}\n`,
		);
	} finally {
		await browser?.close();
		await wiki.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	process.stderr.write(
		`bench (gadget) failed: ${error.stack ?? error.message}\n`,
	);
	process.exit(1);
});
