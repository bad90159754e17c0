// One table of session calls that the codec (TypeScript) and Module:Let's Connect (Lua) must read
// alike: every call of the fixture corpus, edge cases made from the contract's own rows, and the
// kinds of text the fuzzer (npm run fuzz) found the two readers parting on. The parity suite
// (test/integration/parity.test.ts) runs each through both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { sessionCalls } from '../../shared/sessions/read-sessions';
import { SESSION_PARAMS } from '../../shared/model/session-contract';

export interface ParityCase {
	name: string;
	/** Wikitext: one session call, as a liaison would write it (or a page's worth of them). */
	text: string;
}

const FIXTURES = join(__dirname, '../fixtures/pages');

/** Every session call of the fixture corpus, each a case of its own. */
function fixtureCases(): ParityCase[] {
	return readdirSync(FIXTURES)
		.filter((file) => file.endsWith('.wikitext'))
		.sort()
		.flatMap((file) => {
			const text = readFileSync(join(FIXTURES, file), 'utf8');
			return sessionCalls(text).map((found, i) => ({
				name: `fixture ${file} #${i + 1}`,
				text: text.slice(found.start, found.end),
			}));
		});
}

const BASE: Record<string, string> = {
	title: 'Parity clinic',
	start: '2027-03-04 14:00',
	timezone: 'Europe/Madrid',
};

/** A call from named values (in order), an id made from the case's number unless given. */
function call(n: number, values: Record<string, string>): string {
	const all = { id: `parity-${n}`, ...BASE, ...values };
	const params = Object.entries(all)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => (k === '' ? `|${v}` : `|${k}=${v}`))
		.join('');
	return `{{Let's Connect/Session${params}}}`;
}

/** A list of cases, each a call with its own id from `first` on. */
function caseList(first: number) {
	const cases: ParityCase[] = [];
	let n = first;
	const add = (name: string, values: Record<string, string>) =>
		cases.push({ name, text: call(n++, values) });
	return { cases, add };
}

/** Values worth trying for each kind of row: right, wrong, and written oddly. */
const TRIES: Record<string, string[]> = {
	whole: ['0', '1', '20', ' 20 ', '-1', '1.5', 'abc', '1e3', '９', '999999'],
	url: [
		'https://meta.wikimedia.org/wiki/X',
		'http://example.org',
		'HTTPS://EXAMPLE.ORG',
		'ftp://example.org',
		'example.org',
		'//example.org',
		'https://',
		// eslint-disable-next-line no-script-url -- a link a card must never carry
		'javascript:alert(1)',
		'https://exa mple.org',
		'https://exa\u00a0mple.org',
		'https://example.org/\u3000',
		'https://example.org/é',
		'[https://example.org link]',
	],
	languages: [
		'es',
		'ES',
		'es, fr',
		'es,fr,pt',
		'zh-hant',
		'klingon',
		'xx',
		'e',
		'es, !!',
		'ar ,',
		'pt-br',
		'es-419',
		'es-',
		'es--x',
		'engl',
		'e1',
		'es-abcdefghi',
		'zh-hant-tw',
	],
	users: [
		'Alice',
		'Alice, Bruno',
		'alice',
		'User:Alice',
		'~2026-12345',
		'127.0.0.1',
		'Al<i>ce',
		'Alice,,Bruno',
		'A'.repeat(90),
		'Bruno [[User:Bruno]]',
		'User: Alice',
		'user_name_with_underscores',
		'A'.repeat(85),
		'A'.repeat(86),
		'A'.repeat(255),
		'A'.repeat(256),
		'\u{10330}'.repeat(63),
		'\u{10330}'.repeat(64),
		'User:\u00a0Alice',
		'Ali\u3000ce',
		'Ali\ufffdce',
		'~2026-1',
		'Alice@home',
		'Tab\tName',
	],
	text: ['', 'Plain', '<b>bold</b>', "''italic''", '&lt;b&gt;', 'é ✓ العربية'],
};

/** Each row of the contract with the values its kind takes, and with its own values each. */
function contractCases(first: number): ParityCase[] {
	const { cases, add } = caseList(first);
	for (const row of SESSION_PARAMS) {
		if (['id', 'title', 'start', 'timezone', 'root'].includes(row.name))
			continue;
		const values =
			row.kind === 'choice' || row.kind === 'choices'
				? [
						...(row.values ?? []),
						...(row.values ?? []).map((v) => v.toUpperCase()),
						'',
						'unknown',
						...(row.kind === 'choices'
							? [(row.values ?? []).slice(0, 2).join(', '), 'newcomers, nobody']
							: []),
					]
				: (TRIES[row.kind] ?? TRIES.text);
		for (const value of values)
			add(`${row.name} = ${JSON.stringify(value)}`, { [row.name]: value });
	}
	return cases;
}

/** The rows the codec checks by its own code: id, title, start, time zone. */
function specialCases(first: number): ParityCase[] {
	const { cases, add } = caseList(first);
	for (const id of [
		'',
		'Bad_ID',
		'-lead',
		'trail-',
		'a--b',
		'ok-123',
		'a'.repeat(80),
		'a'.repeat(81),
		'émile',
		'UPPER',
	])
		add(`id = ${JSON.stringify(id)}`, { id });
	for (const title of ['', ' ', '<b>Bold</b>', '{{!}}', 'A &amp; B', 'نادي'])
		add(`title = ${JSON.stringify(title)}`, { title });
	for (const start of [
		'',
		'2027-03-04 14:00',
		'2027-3-4 14:00',
		'2027-03-04T14:00',
		'2027-03-04 14:00:00',
		'2027-03-04 24:00',
		'2027-02-29 10:00',
		'2028-02-29 10:00',
		'2027-02-30 10:00',
		'2027-13-01 10:00',
		'04/03/2027 14:00',
		'2027-03-04 2:00 PM',
		// The clocks go forward in Madrid (a gap) and back (twice the same hour).
		'2027-03-28 02:30',
		'2027-10-31 02:30',
	])
		add(`start = ${JSON.stringify(start)}`, { start });
	for (const timezone of [
		'',
		'UTC',
		'Europe/Madrid',
		'europe/madrid',
		'America/Argentina/Buenos_Aires',
		'Asia/Kolkata',
		'Mars/Olympus',
		'+02:00',
		'CET',
		'EST',
		'Etc/GMT+5',
		'Etc/gmt+5',
		'Europe/Madrid+5',
		'Europe/madrid',
		'Etc/GMT-14',
		'Etc/GMT',
		'Etc/UTC',
		'America/Port-au-Prince',
		'Africa/Cairo ',
	])
		add(`timezone = ${JSON.stringify(timezone)}`, { timezone });
	return cases;
}

/** How a liaison's text goes wrong around the values: names, markup, escapes, odd characters. */
function writingCases(first: number): ParityCase[] {
	const { cases, add } = caseList(first);
	add('an unknown parameter near a real one', { langauge: 'es' });
	add('an unknown parameter', { colour: 'blue' });
	add('an audience in capitals, wrong', { audience: 'Newcomers, Experts' });
	add('a root typed in lower case', {
		root: 'grants:knowledge Sharing/Connect',
	});
	add('a value without a name', { '': 'stray' });
	add('a per-language recording', { 'recording-es': 'https://example.org/es' });
	add('a per-language recording, upper case', {
		'recording-ES': 'https://example.org/es',
	});
	add('a per-language link that is no link', { 'slides-fr': 'slides.pdf' });
	add('a per-language link, a code with a region', {
		'recording-pt-br': 'https://example.org/pt',
	});
	add('a per-language link, not a code', {
		'recording-e1': 'https://example.org/x',
	});
	add('a per-language link, a long subtag', {
		'audio-es-abcdefghi': 'https://example.org/x',
	});
	add('a title in <translate>', { title: '<translate>Parity</translate>' });
	add('a title with a bidirectional control', { title: '\u202eParity' });
	add('a type with a bidirectional control', { type: 'clinic\u200f' });
	add('a capacity with a no-break space', { capacity: '\u00a020' });
	add('a status with white space', { status: ' cancelled ' });
	add('a pipe escaped in a title', { title: 'A {{!}} B' });
	add('an escaped pipe entity', { title: 'A &#124; B' });
	add('a comment in a value', { capacity: '20<!-- places -->' });
	add('a comment instead of a value', { type: '<!-- clinic -->' });
	add('a nowiki value', { title: '<nowiki>{{x}}</nowiki>' });
	// Not here: a template in a value ({{PAGENAME}}). The wiki expands it and the codec, which
	// reads the wikitext without the wiki, cannot.
	add('a link in the title', { title: '[[Main Page|Home]]' });
	add('an external link in the title', { title: '[https://example.org X]' });
	add('a very long title', { title: 'T'.repeat(600) });
	add('a duplicate parameter (the last wins)', {
		type: 'clinic|type=connectathon',
	});
	add('an empty duration and capacity', { duration: '', capacity: '' });
	add('a language given twice', { language: 'es, es' });
	add('interpretation into the session language', {
		language: 'es',
		interpretation: 'es, fr',
	});
	add('an ended session, cancelled', {
		start: '2020-01-01 10:00',
		status: 'cancelled',
	});
	add('closed registration with a capacity', {
		registration: 'closed',
		capacity: '5',
	});
	return cases;
}

/** Pieces of text the fuzzer puts in values: where readers of braces and markup part ways. */
const FUZZ_PIECES = [
	'-{',
	'}-',
	'-{{',
	'{{!}}',
	'&#124;',
	'<!--',
	'-->',
	'[[',
	']]',
	'<nowiki>',
	'</nowiki>',
	'<pre>',
	'</pre>',
	'=',
	'\n',
	'\n=',
	'~~~~',
	'é',
	'\u202e',
	' ',
	'es',
	'20',
	'clinic',
];

/** Values made of those pieces by fast-check with a fixed seed: the same cases every run. */
function fuzzCases(first: number, count: number): ParityCase[] {
	const value = fc
		.array(fc.constantFrom(...FUZZ_PIECES), { minLength: 1, maxLength: 5 })
		.map((pieces) => pieces.join(''));
	const row = fc.constantFrom('title', 'type', 'capacity', 'language', 'topic');
	const samples = fc.sample(fc.tuple(row, value), {
		numRuns: count,
		seed: 20261206,
	});
	return samples.map(([name, v], i) => ({
		name: `fuzz ${name} = ${JSON.stringify(v)}`,
		text: call(first + i, { [name]: v }),
	}));
}

export function parityCases(): ParityCase[] {
	const contract = contractCases(1000);
	const special = specialCases(2000);
	const writing = writingCases(3000);
	return [
		...fixtureCases(),
		...contract,
		...special,
		...writing,
		...fuzzCases(4000, 40),
	];
}
