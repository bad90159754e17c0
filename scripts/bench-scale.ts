// The scale part of `npm run bench`: a fresh local wiki per size (30, 300, 2000 sessions by
// default; LC_BENCH_SIZES=30,300 for fewer), the bot's real CLI through a counting proxy, and the
// generated pages parsed by the wiki. Prints requests, wall time, peak memory and edits of a first
// and a second sync and of the reminders job, the largest generated page, each beside its budget.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { DEFAULT_ROOT } from '../shared/config';
import { PAGE_BUDGET } from '../shared/model/page-budget';
import { evaluationPageTitle } from '../shared/model/titles';
import { routeLibraryLog } from '../bot/wiki/client';
import { silentLog } from '../bot/wiki/log';
import { installLocally } from './local-install';
import { importPages, startLocalWiki } from './local-wiki';
import { mainPage } from './sample-programme';
import { SCALE_PROFILES, scaleProgramme } from './scale-programme';
import { startFaultProxy } from './fault-proxy';

const run = promisify(execFile);
const CLI = resolve('dist/bot/letsconnect.cjs');

interface RunFigures {
	requests: number;
	edits: number;
	seconds: number;
	peakMb: number;
	pagesRead?: number;
	titles: string[];
	/** The pages the run created or changed. */
	edited: string[];
}

async function cli(
	args: string[],
	apiUrl: string,
	env: Record<string, string>,
): Promise<RunFigures & { json: Record<string, unknown> }> {
	// GNU time prints the peak resident memory (KB) and the wall time of the bot's own process.
	const { stdout, stderr } = await run(
		'/usr/bin/time',
		[
			'-f',
			'LCTIME %M %e',
			'node',
			CLI,
			...args,
			'--api',
			apiUrl,
			'--pause',
			'0',
			'--json',
		],
		{ env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 },
	);
	const [, kb, seconds] = /LCTIME (\d+) ([\d.]+)/.exec(stderr) ?? [];
	const json = JSON.parse(stdout) as {
		edits: number;
		pagesRead?: number;
		outcomes: { title: string; action: string }[];
	};
	return {
		requests: 0,
		edits: json.edits,
		seconds: Number(seconds),
		peakMb: Math.round(Number(kb) / 1024),
		pagesRead: json.pagesRead,
		titles: json.outcomes.map((o) => o.title),
		edited: json.outcomes
			.filter((o) => o.action === 'created' || o.action === 'edited')
			.map((o) => o.title),
		json,
	};
}

interface PageCost {
	title: string;
	postExpand: number;
	parseSeconds: number;
}

/**
 * Every generated page as the wiki renders it: the costliest one, and the cards rendered against
 * the cards written (a card past the wiki's limits comes out as text, not a card).
 */
async function renderedPages(
	apiUrl: string,
	titles: string[],
): Promise<{
	largest: PageCost;
	slowest: PageCost;
	rendered: number;
	written: number;
	costs: PageCost[];
}> {
	const costs: PageCost[] = [];
	let largest: PageCost = { title: '', postExpand: 0, parseSeconds: 0 };
	let slowest = largest;
	let rendered = 0;
	let written = 0;
	for (const title of titles) {
		const url = `${apiUrl}?action=parse&format=json&formatversion=2&prop=limitreportdata|text|wikitext&page=${encodeURIComponent(title)}`;
		const answer = (await (await fetch(url)).json()) as {
			parse?: {
				text: string;
				wikitext: string;
				limitreportdata: { name: string; 0?: number | string }[];
			};
		};
		const data = answer.parse?.limitreportdata ?? [];
		const figure = (name: string) =>
			Number(data.find((d) => d.name === name)?.[0] ?? 0);
		const cost = {
			title,
			postExpand: figure('limitreport-postexpandincludesize'),
			parseSeconds: figure('limitreport-cputime'),
		};
		costs.push(cost);
		if (cost.postExpand >= largest.postExpand) largest = cost;
		if (cost.parseSeconds >= slowest.parseSeconds) slowest = cost;
		written += (answer.parse?.wikitext.match(/\|card\|id=/g) ?? []).length;
		rendered += (answer.parse?.text.match(/data-lc-session="/g) ?? []).length;
	}
	return { largest, slowest, rendered, written, costs };
}

async function scenario(count: number): Promise<string[]> {
	const dir = mkdtempSync(join(tmpdir(), 'lc-bench-'));
	const wiki = await startLocalWiki({ dir, fresh: true });
	try {
		const { info } = wiki;
		await installLocally(info, DEFAULT_ROOT, 'bench', silentLog);
		const started = Date.now();
		const programme = [
			...scaleProgramme(DEFAULT_ROOT, count, DateTime.utc()),
			{ title: DEFAULT_ROOT, text: mainPage() },
		];
		// The bot finds sessions and profiles through the link tables, and registration pages by title.
		const isRegistration = (title: string) => title.includes('/Registrations/');
		await importPages(
			info,
			programme.filter((p) => !isRegistration(p.title)),
		);
		await importPages(
			info,
			programme.filter((p) => isRegistration(p.title)),
			{ linkTables: false },
		);
		const importSeconds = (Date.now() - started) / 1000;
		const proxy = await startFaultProxy(info.apiUrl);
		const env = {
			LETSCONNECT_USERNAME: info.bot.username,
			LETSCONNECT_PASSWORD: info.bot.password,
		};
		const measured = async (args: string[]) => {
			proxy.resetCounts();
			const figures = await cli(args, proxy.apiUrl, env);
			return {
				...figures,
				requests: proxy.requests.all,
				byKind: { ...proxy.requests.byKind },
			};
		};
		const first = await measured(['sync']);
		const second = await measured(['sync']);
		const reminders = await measured(['remind']);
		const remindersAgain = await measured(['remind']);
		await proxy.close();
		const generated = [...new Set(first.titles)].filter(
			(t) => !t.includes('/Registrations/') && !t.startsWith('User'),
		);
		const pages = await renderedPages(info.apiUrl, generated);
		// The config, each session page, its registration page and the bot's roster of it, the profiles.
		const expectedRead = 1 + count * 3 + SCALE_PROFILES;
		// The Evaluation page (and its pages by year past the budget): no card, tables and bars.
		const evaluation = pages.costs.filter((c) =>
			c.title.startsWith(evaluationPageTitle(DEFAULT_ROOT)),
		);
		const costliest = (key: 'postExpand' | 'parseSeconds') =>
			evaluation.reduce(
				(a, b) => (b[key] > a[key] ? b : a),
				evaluation[0] ?? { title: '', postExpand: 0, parseSeconds: 0 },
			);
		const goal = Math.ceil(expectedRead / 500) + 10;
		return [
			`${count} sessions (${expectedRead} pages to read; imported in ${importSeconds.toFixed(0)} s):`,
			`  first sync    ${String(first.requests).padStart(5)} requests  ${String(first.edits).padStart(4)} edits  ${first.seconds.toFixed(1).padStart(6)} s  ${String(first.peakMb).padStart(4)} MB peak`,
			`  second sync   ${String(second.requests).padStart(5)} requests  ${String(second.edits).padStart(4)} edits  ${second.seconds.toFixed(1).padStart(6)} s  ${String(second.peakMb).padStart(4)} MB peak   goal ≤ ${goal} requests, 0 edits`,
			`  reminders     ${String(reminders.requests).padStart(5)} requests  ${String(reminders.edits).padStart(4)} edits  ${reminders.seconds.toFixed(1).padStart(6)} s  ${String(reminders.peakMb).padStart(4)} MB peak   (messages due: an edit and a shutoff check each)`,
			`  again         ${String(remindersAgain.requests).padStart(5)} requests  ${String(remindersAgain.edits).padStart(4)} edits  ${remindersAgain.seconds.toFixed(1).padStart(6)} s  ${String(remindersAgain.peakMb).padStart(4)} MB peak   goal ≤ ${goal} requests, 0 edits`,
			`  pages read    ${second.pagesRead} of ${expectedRead}`,
			`  generated     ${generated.length} pages; ${pages.rendered} of ${pages.written} cards rendered`,
			`  largest       [[${pages.largest.title}]]: post-expand ${(pages.largest.postExpand / 1024).toFixed(0)} KB (budget ${PAGE_BUDGET.postExpandBytes / 1024} KB), parse ${pages.largest.parseSeconds.toFixed(2)} s CPU`,
			`  slowest       [[${pages.slowest.title}]]: parse ${pages.slowest.parseSeconds.toFixed(2)} s CPU (budget ${PAGE_BUDGET.parseSeconds} s), post-expand ${(pages.slowest.postExpand / 1024).toFixed(0)} KB`,
			`  evaluation    ${evaluation.length} page(s); [[${costliest('parseSeconds').title}]]: parse ${costliest('parseSeconds').parseSeconds.toFixed(2)} s CPU (budget ${PAGE_BUDGET.parseSeconds} s), post-expand ${(costliest('postExpand').postExpand / 1024).toFixed(0)} KB (budget ${PAGE_BUDGET.postExpandBytes / 1024} KB)`,
			`  second sync by kind: ${Object.entries(second.byKind)
				.map(([k, n]) => `${k} ${n}`)
				.join(', ')}`,
			// What a second run found to change, when it did: the first thing to look at.
			...(second.edited.length > 0
				? [`  second sync edited: ${second.edited.join('; ')}`]
				: []),
		];
	} finally {
		await wiki.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	routeLibraryLog(() => undefined);
	const sizes = (process.env.LC_BENCH_SIZES ?? '30,300,2000')
		.split(',')
		.map(Number)
		.filter((n) => n > 0);
	process.stdout.write(
		'\nscale: a fresh wiki per size; requests counted by a proxy in front of it\n',
	);
	for (const count of sizes)
		process.stdout.write(`${(await scenario(count)).join('\n')}\n`);
}

main().catch((error: Error) => {
	process.stderr.write(
		`bench (scale) failed: ${error.stack ?? error.message}\n`,
	);
	process.exit(1);
});
