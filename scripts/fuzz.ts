// `npm run fuzz`: at least 100,000 generated and mutated pages through the codec: parse →
// serialise, session validation, the registration transforms, the join form's profile, the region
// editor and the Config's session defaults region; then generated texts through the codec and
// through MediaWiki's own preprocessor on a throwaway local wiki (which braces make a template).
// Prints what it tried and found, with the budget beside it; exits 1 on any exception, broken
// property or disagreement with MediaWiki.
// Not part of `npm test`: it takes a few minutes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { parseTemplates } from '../shared/wikitext/template-parser';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import {
	appendLine,
	parseRegistrations,
	stateOf,
} from '../shared/registrations/registration-page';
import { cancelRegistration, signUp } from '../shared/registrations/sign-up';
import { findRegion, replaceRegion } from '../shared/regions';
import { profileValues, withProfile } from '../shared/model/participant';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startLocalWiki } from './local-wiki';
import { compareWithMediaWiki } from './preprocessor-differential';

const TOTAL = Number(process.env.LC_FUZZ_RUNS ?? 100000);
const SEED = Number(process.env.LC_FUZZ_SEED ?? Date.now() % 2147483647);

/** Pieces that matter to the preprocessor and to the codec, for generating and for mutating. */
const TOKENS = [
	'{{',
	'}}',
	'{{{',
	'}}}',
	'|',
	'=',
	'[[',
	']]',
	'<!--',
	'-->',
	'<nowiki>',
	'</nowiki>',
	'<ref>',
	'</ref>',
	'<pre>',
	'<ref name=x/>',
	'\n',
	'# ',
	'* ',
	'<s>',
	'~~~~',
	'{{!}}',
	'&#124;',
	"Let's Connect/Session",
	"Let's Connect/Registration",
	'user=',
	'status=cancelled',
	'id=',
	'start=2026-12-03 14:00',
	'capacity=2',
	'[[User:Ana|Ana]]',
	'<!-- letsconnect:begin upcoming -->',
	'<!-- letsconnect:end upcoming -->',
	'é',
	'\u202e',
	' ',
];

function corpus(): string[] {
	const dirs = ['test/fixtures/pages', 'test/fixtures/registrations'];
	return dirs.flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.wikitext'))
			.map((f) => readFileSync(join(dir, f), 'utf8')),
	);
}

const generated = fc
	.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), {
		maxLength: 60,
	})
	.map((parts) => parts.join(''));

/** A fixture with random pieces inserted, deleted or duplicated. */
function mutated(pages: string[]) {
	const edit = fc.tuple(
		fc.nat(),
		fc.nat({ max: 40 }),
		fc.constantFrom(...TOKENS),
		fc.constantFrom('insert', 'delete', 'duplicate'),
	);
	return fc
		.tuple(
			fc.constantFrom(...pages),
			fc.array(edit, { minLength: 1, maxLength: 8 }),
		)
		.map(([page, edits]) => {
			let text = page;
			for (const [at, length, token, kind] of edits) {
				const i = at % (text.length + 1);
				if (kind === 'insert') text = text.slice(0, i) + token + text.slice(i);
				else if (kind === 'delete')
					text = text.slice(0, i) + text.slice(i + length);
				else
					text = text.slice(0, i) + text.slice(i, i + length) + text.slice(i);
			}
			return text;
		});
}

const counts = { inputs: 0, exceptions: 0, offsets: 0, properties: 0 };
const firstFailures: string[] = [];

function note(
	kind: 'exceptions' | 'offsets' | 'properties',
	what: string,
	input: string,
): void {
	counts[kind] += 1;
	if (firstFailures.length < 5)
		firstFailures.push(
			`${kind}: ${what}\n  input: ${JSON.stringify(input.slice(0, 300))}`,
		);
}

function check(text: string, user: string): void {
	counts.inputs += 1;
	try {
		const calls = parseTemplates(text);
		// Every parameter lies inside its call, after the name, in order and without overlap.
		for (const call of calls) {
			let at = call.nameEnd;
			for (const param of call.params) {
				if (
					param.start < at ||
					param.valueStart < param.start ||
					param.valueEnd < param.valueStart ||
					param.end > call.end - 2 ||
					text[param.start] !== '|'
				)
					note(
						'offsets',
						'a parameter lies outside its call or overlaps another',
						text,
					);
				at = param.end;
			}
		}
		for (const call of calls) {
			if (
				!text.startsWith('{{', call.start) ||
				!text.startsWith('}}', call.end - 2)
			)
				note(
					'properties',
					'a call does not start with {{ and end with }}',
					text,
				);
			for (const other of calls) {
				const partial =
					other.start > call.start &&
					other.start < call.end &&
					other.end > call.end;
				if (partial) note('properties', 'two calls overlap partially', text);
			}
		}
		readSessionsFromPage('Fuzz', text);

		const before = stateOf(parseRegistrations(text, 2), user).status;
		const joined = signUp(text, { user, now: '2026-11-23T00:00:00Z' });
		if (joined.outcome === 'append') {
			const after = appendLine(text, joined.line);
			if (
				!['registered', 'waitlisted'].includes(
					stateOf(parseRegistrations(after, 2), user).status,
				)
			)
				note(
					'properties',
					'a sign-up line that signUp accepted is not read back',
					text,
				);
			if (!after.startsWith(text))
				note('properties', 'a sign-up changed text above the new line', text);
		} else if (
			joined.outcome === 'already' &&
			before !== 'registered' &&
			before !== 'waitlisted'
		) {
			note(
				'properties',
				'signUp says "already" for someone the page does not list',
				text,
			);
		}
		// The join form's profile: written where the wiki reads it, or not at all.
		const profile = withProfile(
			text,
			user,
			{
				'languages': 'pt',
				'country': 'Peru',
				'region': '',
				'affiliate': '',
				'home': '',
				'share': 'Lua',
				'learn': '',
				'follow-topics': '',
				'follow-languages': '',
				'follow-hubs': '',
			},
			'2026-12',
		);
		if (
			profile !== undefined &&
			profileValues(profile).country !== 'Peru' &&
			profileValues(text).country === ''
		)
			note(
				'properties',
				'a profile the join form wrote is not read back',
				text,
			);
		const cancelled = cancelRegistration(text, user);
		if (
			cancelled.outcome === 'cancelled' &&
			stateOf(parseRegistrations(cancelled.text, 2), user).status !==
				'cancelled'
		)
			note('properties', 'a cancellation is not read back', text);

		const region = findRegion(text, 'upcoming');
		if (typeof region !== 'string') {
			const next = replaceRegion(text, region, 'NEW');
			const again = findRegion(next, 'upcoming');
			if (
				typeof again === 'string' ||
				next.slice(again.contentStart, again.contentEnd).trim() !== 'NEW'
			)
				note(
					'properties',
					'a replaced region is not found again with its content',
					text,
				);
			if (
				!next.startsWith(text.slice(0, region.contentStart)) ||
				!next.endsWith(text.slice(region.contentEnd))
			)
				note('properties', 'replacing a region changed text outside it', text);
		}
	} catch (error) {
		note(
			'exceptions',
			(error as Error).stack?.split('\n').slice(0, 3).join(' | ') ??
				String(error),
			text,
		);
	}
}

const pages = corpus();
const started = performance.now();
const half = Math.ceil(TOTAL / 2);
const user = fc.constantFrom('Ana', 'Ben', 'A|b}}', 'User:Ana', 'Ünïcode');
fc.assert(
	fc.property(generated, user, (text, name) => {
		check(text, name);
	}),
	{ numRuns: half, seed: SEED },
);
fc.assert(
	fc.property(mutated(pages), user, (text, name) => {
		check(text, name);
	}),
	{ numRuns: TOTAL - half, seed: SEED + 1 },
);
const seconds = (performance.now() - started) / 1000;

// The codec against MediaWiki's preprocessor, on a wiki of its own (a few seconds to make).
const DIFFERENTIAL = Number(process.env.LC_FUZZ_MEDIAWIKI_RUNS ?? 2000);

async function againstMediaWiki() {
	const dir = mkdtempSync(join(tmpdir(), 'lc-fuzz-wiki-'));
	const wiki = await startLocalWiki({ dir, fresh: true });
	const begun = performance.now();
	try {
		const result = await compareWithMediaWiki(
			wiki.info.apiUrl,
			DIFFERENTIAL,
			SEED,
		);
		return {
			...result,
			version: wiki.info.mediawiki?.version ?? '1.39',
			seconds: (performance.now() - begun) / 1000,
		};
	} finally {
		await wiki.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

void againstMediaWiki().then(
	(differential) => {
		process.stdout.write(
			[
				`fuzz (seed ${SEED}): ${counts.inputs} inputs tried (budget ≥ ${TOTAL}); ${half} generated, ${TOTAL - half} mutated from ${pages.length} fixture pages`,
				`  exceptions            ${counts.exceptions} (budget 0)`,
				`  parameter offsets wrong ${counts.offsets} (budget 0)`,
				`  broken properties     ${counts.properties} (budget 0)`,
				`  time                  ${seconds.toFixed(1)} s (${((seconds * 1e6) / counts.inputs).toFixed(0)} µs an input)`,
				...firstFailures,
				`against MediaWiki's preprocessor (${differential.version}): ${differential.inputs} inputs (budget ≥ ${DIFFERENTIAL}) of braces, -{ }-, headings, links, comments`,
				`  templates or arguments read differently ${differential.mismatches} (budget 0)`,
				`  time                  ${differential.seconds.toFixed(1)} s`,
				...differential.examples,
				'',
			].join('\n'),
		);
		const failed =
			counts.exceptions +
				counts.offsets +
				counts.properties +
				differential.mismatches >
				0 ||
			counts.inputs < TOTAL ||
			differential.inputs < DIFFERENTIAL;
		process.exit(failed ? 1 : 0);
	},
	(error: unknown) => {
		process.stderr.write(
			`fuzz: could not compare with MediaWiki: ${(error as Error).message}\n`,
		);
		process.exit(1);
	},
);
