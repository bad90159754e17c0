// `npm run bench`, first part: how fast the codec reads and writes pages, against mwn's own
// template parser on the same input in the same rounds (the baseline), in several processes; and
// the gadget's size against its budget. bench-gadget.ts and bench-scale.ts are the other parts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Mwn } from 'mwn';
import { transformSync } from 'esbuild';
import { parseTemplates } from '../shared/wikitext/template-parser';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import { signUp } from '../shared/registrations/sign-up';
import { parseRegistrations } from '../shared/registrations/registration-page';
import { emptyRoster, placesOf } from '../shared/registrations/roster';
import {
	verifyPlaces,
	type PageRevisionRecord,
} from '../shared/registrations/verify-places';

function sessionPage(count: number): string {
	const parts: string[] = [];
	for (let i = 0; i < count; i++) {
		parts.push(
			`== Session ${i} ==\nSome prose with a [[Help:Link|link]] and {{lang|es|hola}}.\n{{Let's Connect/Session\n| id = session-${i} <!-- keep -->\n| title = Session ${i} {{!}} part\n| start = 2026-12-${String((i % 28) + 1).padStart(2, '0')} 14:00\n| timezone = Europe/Madrid\n| description = [[Help:Wikidata|Wikidata]] and <nowiki>{{x}}</nowiki>\n| interpretation = es, ar\n| capacity = 30\n}}`,
		);
	}
	return parts.join('\n\n');
}

function registrationPage(count: number): string {
	return Array.from(
		{ length: count },
		(_, i) =>
			`{{Let's Connect/Registration|user=User ${i}|status=registered|registered=2026-11-01T10:00:00Z}}`,
	).join('\n');
}

const baselineBot = new Mwn({
	apiUrl: 'http://127.0.0.1/api.php',
	silent: true,
});
const mwnParse = (text: string) =>
	new baselineBot.Wikitext(text).parseTemplates({});

/** Milliseconds of each call, ours and the baseline's, by case: what one process measured. */
type Samples = Record<string, { ours: number[]; baseline: number[] }>;
const samples: Samples = {};
const cases: string[] = [];

function once(action: () => unknown): number {
	const started = performance.now();
	action();
	return performance.now() - started;
}

/**
 * `runs` rounds after a warm-up of each; within a round ours and the baseline alternate (which
 * goes first alternates too), so that a busy moment of the machine hurts both alike.
 */
function compare(
	name: string,
	runs: number,
	ours: () => unknown,
	baseline?: () => unknown,
): void {
	cases.push(name);
	ours();
	baseline?.();
	const entry = (samples[name] = { ours: [], baseline: [] });
	for (let round = 0; round < runs; round++) {
		const pair: [number[], () => unknown][] = [
			[entry.ours, ours],
			...(baseline
				? [[entry.baseline, baseline] as [number[], () => unknown]]
				: []),
		];
		for (const [list, action] of round % 2 ? pair.reverse() : pair)
			list.push(once(action));
	}
}

const page = sessionPage(300);
compare(
	`find templates, 300 sessions (${Math.round(page.length / 1024)} KB)`,
	15,
	() => parseTemplates(page),
	() => mwnParse(page),
);
compare('read and validate 300 sessions', 15, () =>
	readSessionsFromPage('P', page),
);
const registrations = registrationPage(500);
compare('sign up on a page of 500 registrations', 50, () =>
	signUp(registrations, { user: 'Newcomer', now: '2026-11-23T00:00:00Z' }),
);
/** A rush's history: 300 people each append their own line, one revision each. */
function rushHistory(count: number): PageRevisionRecord[] {
	const lines: string[] = [];
	return Array.from({ length: count }, (_, i) => {
		lines.push(
			`{{Let's Connect/Registration|user=User ${i}|registered=2026-11-01T10:00:00Z|remind=no}}`,
		);
		return {
			revid: i + 1,
			timestamp: '2026-11-01T10:00:00Z',
			user: `User ${i}`,
			text: lines.join('\n'),
		};
	});
}
const rush = rushHistory(300);
const trust = { bot: 'LetsConnectBot', liaisons: [], admins: [] };
compare('verify a history of 300 sign-ups (a roster from nothing)', 5, () =>
	verifyPlaces(emptyRoster('P'), '', rush, trust, 200),
);
const roster = verifyPlaces(emptyRoster('P'), '', rush, trust, 200);
const rushPage = `${rush[rush.length - 1].text}\n{{Let's Connect/Registration|user=Late|registered=2026-11-02T10:00:00Z}}`;
compare(
	'places of 300 lines and a roster (the gadget; baseline: page order alone)',
	50,
	() => placesOf(rushPage, roster, 200),
	() => parseRegistrations(rushPage, 200),
);
const hostile = '{{'.repeat(2000) + 'x'.repeat(1000);
compare(
	'hostile: 2000 unclosed "{{"',
	5,
	() => parseTemplates(hostile),
	() => mwnParse(hostile),
);

/** A page of a given size where the same construct is opened again and again and never closed. */
function unclosedPage(opener: string, kilobytes: number): string {
	const unit = `${opener} text {{Let's Connect/Registration|user=A}}\n`;
	return unit
		.repeat(Math.ceil((kilobytes * 1024) / unit.length))
		.slice(0, kilobytes * 1024);
}
const sizes: [string, string, number][] = [];
for (const opener of ['<ref>', '<pre>', '<nowiki>', '<!--']) {
	for (const kilobytes of [25, 100, 400]) {
		const text = unclosedPage(opener, kilobytes);
		const name = `hostile: unclosed ${opener} all over ${kilobytes} KB`;
		compare(
			name,
			kilobytes >= 400 ? 3 : 7,
			() => parseTemplates(text),
			() => mwnParse(text),
		);
		sizes.push([name, `${opener} ${kilobytes} KB`, kilobytes]);
	}
}

const PROCESSES = Number(process.env.LC_BENCH_PROCESSES ?? 3);
const median = (values: number[]) =>
	[...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

if (process.env.LC_BENCH_CHILD) {
	process.stdout.write(JSON.stringify(samples));
} else {
	// The same measurements in fresh processes too: one process's JIT luck is not the figure.
	const all: Samples[] = [samples];
	for (let i = 1; i < PROCESSES; i++) {
		all.push(
			JSON.parse(
				execFileSync(process.execPath, [__filename], {
					env: { ...process.env, LC_BENCH_CHILD: '1' },
					maxBuffer: 64 * 1024 * 1024,
				}).toString('utf8'),
			) as Samples,
		);
	}
	const merged = (name: string, side: 'ours' | 'baseline') =>
		all.flatMap((s) => s[name][side]);
	const header = [
		'case',
		'ours median',
		'min',
		'baseline median',
		'min',
		'baseline / ours',
	];
	const rows = cases.map((name) => {
		const ours = merged(name, 'ours');
		const base = merged(name, 'baseline');
		return [
			name,
			median(ours).toFixed(2),
			Math.min(...ours).toFixed(2),
			base.length ? median(base).toFixed(2) : '–',
			base.length ? Math.min(...base).toFixed(2) : '–',
			base.length ? `${(median(base) / median(ours)).toFixed(1)}×` : '–',
		];
	});
	const widths = header.map((h, i) =>
		Math.max(h.length, ...rows.map((r) => r[i].length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
			.join('  ');
	process.stdout.write(
		`codec, in ms: ${PROCESSES} processes, interleaved rounds after a warm-up (median and min of all rounds; the baseline is mwn's template parser, or the case's own)\n${line(header)}\n${rows.map(line).join('\n')}\n\n`,
	);
	const perKb = sizes.map(
		([name, label, kilobytes]) =>
			`  ${label.padEnd(16)} ours ${(median(merged(name, 'ours')) / kilobytes).toFixed(3)} ms/KB   mwn ${(median(merged(name, 'baseline')) / kilobytes).toFixed(3)} ms/KB`,
	);
	process.stdout.write(
		`time per KB on hostile pages (linear means the same figure at 25, 100 and 400 KB):\n${perKb.join('\n')}\n\n`,
	);
	const bundle = readFileSync('dist/gadget/letsconnect.js');
	const loader = readFileSync('dist/gadget/letsconnect-loader.js');
	const served = (code: Buffer) =>
		gzipSync(
			transformSync(code.toString('utf8'), {
				minifyWhitespace: true,
				target: 'es2017',
				charset: 'utf8',
			}).code,
		).length;
	process.stdout.write(
		`gadget bundle: ${bundle.length} bytes, ${gzipSync(bundle).length} gzipped as the script page holds it; ${served(bundle)} gzipped without white space, as ResourceLoader serves it (budget 27648)\n`,
	);
	process.stdout.write(
		`loader (on every page): ${served(loader)} bytes gzipped as ResourceLoader serves it (budget 1024)\n`,
	);
}
