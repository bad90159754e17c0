// A liaison's mistakes are caught in plain words and never cost a session or its registrants, on
// the real wiki: a copy that takes an id people signed up for, a renamed session page, wrong
// optional values, a misspelt parameter, a year typed wrong, and two hubs beside the programme.
import { parseRoster, placesOf } from '../../shared/registrations/roster';
import { readHeader } from '../../shared/registrations/registration-header';
import { createUsers, runJobs } from '../../scripts/local-wiki';
import { elementsWith } from '../helpers/rendered-html';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-12-02T15:00:00Z';
const ES = "Grants:Let's Connect Hub/Español";
const AR = "Grants:Let's Connect Hub/العربية";
const OWNER = `${ROOT}/Sessions/Wikidata basics`;
const COPY = `${ROOT}/Sessions/Aaa copy`;
const MOVED = `${ROOT}/Sessions/Wikidata for beginners`;
let wiki: TestWiki;
const reg = (user: string) => `{{Let's Connect/Registration|user=${user}}}`;
const report = async () => (await wiki.read(`${ROOT}/Bot report`)) ?? '';
const header = async () =>
	readHeader((await wiki.read(`${ROOT}/Registrations/wd`)) ?? '');
const html = async (title: string) =>
	(await wiki.bot.request({ action: 'parse', page: title, prop: 'text' })).parse
		.text as string;

async function sync(...args: string[]) {
	const result = await wiki.cli(['sync', '--now', NOW, ...args]);
	if (result.code !== 0) throw new Error(result.stderr);
	return result;
}

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, ['Mallory'])));
	await wiki.edit(
		OWNER,
		"{{Let's Connect/Session|id=wd|title=Wikidata basics|start=2026-12-10 14:00|capacity=5}}",
	);
	await sync('--only', 'registrations');
	for (const user of ['Alice', 'Bruno'])
		await wiki.editAs(
			user,
			`${ROOT}/Registrations/wd`,
			(t) => `${t}\n${reg(user)}`,
		);
	await sync('--only', 'registrations');
	// Someone writes another session with the same id, on a page whose title sorts first.
	await wiki.editAs(
		'Mallory',
		COPY,
		() =>
			"{{Let's Connect/Session|id=wd|title=Something else entirely|start=2026-12-20 09:00}}",
	);
	// A new liaison's session: two wrong values, a misspelt parameter; another with last year's date.
	await wiki.edit(
		`${ROOT}/Sessions/first-try`,
		"{{Let's Connect/Session|id=first-try|title=My first clinic|start=2026-12-15 16:00|sharers=]], Alice|recording=javascript:alert(1)|langauge=fr}}",
	);
	await wiki.edit(
		`${ROOT}/Sessions/last-year`,
		"{{Let's Connect/Session|id=last-year|title=December clinic|start=2025-12-10 14:00}}",
	);
	// Two hubs beside the programme, each with a session of its own.
	await wiki.edit(
		`${ROOT}/Hubs`,
		`{{Let's Connect/Hub|name=Español|root=${ES}|language=es}}\n{{Let's Connect/Hub|name=العربية|root=${AR}|language=ar}}`,
	);
	await wiki.edit(
		`${ES}/Sessions/clinica`,
		"{{Let's Connect/Session|id=clinica|title=Clínica|start=2026-12-12 15:00|timezone=Europe/Madrid|language=es}}",
	);
	await wiki.edit(
		`${AR}/Sessions/warsha`,
		"{{Let's Connect/Session|id=warsha|title=ورشة|start=2026-12-13 16:00|timezone=Africa/Cairo|language=ar}}",
	);
}, 240000);
afterAll(async () => {
	await wiki?.stop();
});

describe('an id belongs to the session that has it', () => {
	it('a copy with the same id, sorting first, changes nothing on the registration page (dry run and run)', async () => {
		const before = await wiki.read(`${ROOT}/Registrations/wd`);
		const dry = await sync('--dry-run');
		expect(dry.stdout).not.toContain(`+++ ${ROOT}/Registrations/wd`);
		await sync();
		expect(await wiki.read(`${ROOT}/Registrations/wd`)).toBe(before);
		expect(await header()).toMatchObject({
			title: 'Wikidata basics',
			page: OWNER,
		});
		const text = await report();
		expect(text).toMatch(
			/session-duplicate-id.*The id .*wd.* belongs to the session on (<\/nowiki>)?\[\[:Grants:Knowledge Sharing\/Connect\/Sessions\/Wikidata basics\|/,
		);
		// The copy's own page says whose id it is, and offers nothing to click.
		const copy = await html(COPY);
		expect(elementsWith(copy, 'data-lc-session')).toHaveLength(0);
		expect(
			elementsWith(copy, 'data-lc-duplicate-of').map(
				(e) => e['data-lc-duplicate-of'],
			),
		).toEqual([OWNER]);
		expect(elementsWith(await html(OWNER), 'data-lc-session')).toHaveLength(1);
	});

	it('renaming the owning page keeps its id and its registrants', async () => {
		await wiki.admin.request({
			action: 'move',
			from: OWNER,
			to: MOVED,
			reason: 'a clearer title',
			token: await wiki.admin.getCsrfToken(),
		});
		await runJobs(wiki.info);
		await sync();
		expect(await header()).toMatchObject({
			title: 'Wikidata basics',
			page: MOVED,
		});
		const roster = parseRoster(
			await wiki.read(
				`User:LetsConnectBot/Places/${ROOT}/Registrations/wd.json`,
			),
			`${ROOT}/Registrations/wd`,
		);
		expect(
			placesOf(
				(await wiki.read(`${ROOT}/Registrations/wd`)) ?? '',
				roster,
				5,
			).map((r) => `${r.user}:${r.status}`),
		).toEqual(['Alice:registered', 'Bruno:registered']);
		expect((await wiki.read(`${ROOT}/Calendar`)) ?? '').toContain('|id=wd|');
		expect(
			elementsWith(await html(COPY), 'data-lc-duplicate-of').map(
				(e) => e['data-lc-duplicate-of'],
			),
		).toEqual([MOVED]);
	});
});

describe('mistakes cost the field, not the session', () => {
	it('publishes a session with sharers = ]] and a javascript: recording, without them, and reports both', async () => {
		const calendar = (await wiki.read(`${ROOT}/Calendar`)) ?? '';
		const card =
			calendar.split('\n').find((line) => line.includes('|id=first-try|')) ??
			'';
		expect(card).not.toBe('');
		expect(card).not.toMatch(/javascript|\]\]\s*,/);
		expect(card).toContain('sharers=Alice');
		const text = await report();
		expect(text).toMatch(
			/session-invalid-username.*"\]\]" is not a valid user name\. It is left out/,
		);
		expect(text).toMatch(/session-invalid-url.*It is left out/);
		expect(await wiki.read(`${ROOT}/Registrations/first-try`)).toContain(
			"{{Let's Connect/Registrations|session=first-try",
		);
	});

	it('warns of langauge = fr with the parameter it likely means, in validate and on the report', async () => {
		const validate = await wiki.cli(['validate', '--now', NOW]);
		expect(validate.stdout).toContain(
			'"langauge" is not a parameter of the session, so it is ignored: did you mean "language"?',
		);
		expect(await report()).toContain('did you mean "language"?');
		expect(
			elementsWith(
				await html(`${ROOT}/Sessions/first-try`),
				'data-lc-param',
			).map((e) => e['data-lc-param']),
		).toEqual(['langauge', 'recording', 'sharers']);
	});

	it('holds a new session dated last year: reported, not archived, not counted, no registration page', async () => {
		expect(await report()).toMatch(
			/session-start-in-past.*The start 2025-12-10 14:00 \(UTC\) has already passed, and the bot has not seen this session before: is the year right \(2026\?\)\?/,
		);
		expect((await wiki.read(`${ROOT}/Past sessions`)) ?? '').not.toContain(
			'last-year',
		);
		expect(await wiki.read(`${ROOT}/Registrations/last-year`)).toBeUndefined();
		expect(await wiki.read(`${ROOT}/Sessions/last-year`)).toContain(
			'start=2025-12-10 14:00}}',
		);
		// Confirmed by a liaison (registration = closed): archived.
		await wiki.edit(
			`${ROOT}/Sessions/last-year`,
			"{{Let's Connect/Session|id=last-year|title=December clinic|start=2025-12-10 14:00|registration=closed}}",
		);
		await sync();
		expect((await wiki.read(`${ROOT}/Past sessions`)) ?? '').toContain(
			'|id=last-year|',
		);
	});
});

describe('each root minds its own', () => {
	it('validate --hubs checks every root, with no session taken for a stray of another', async () => {
		const result = await wiki.cli([
			'validate',
			'--hubs',
			'--now',
			NOW,
			'--json',
		]);
		const { roots } = JSON.parse(result.stdout) as {
			roots: { root: string; sessions: number; problems: { code: string }[] }[];
		};
		expect(roots.map((r) => [r.root, r.sessions])).toEqual([
			[ROOT, 3],
			[ES, 1],
			[AR, 1],
		]);
		expect(roots.flatMap((r) => r.problems.map((p) => p.code))).not.toContain(
			'session-outside-root',
		);
		// Alone, each root leaves the others' sessions to them too.
		expect((await wiki.cli(['validate', '--now', NOW])).stdout).not.toContain(
			'session-outside-root',
		);
		expect(
			(await wiki.cli(['validate', '--root', ES, '--now', NOW])).stdout,
		).not.toContain('session-outside-root');
	});
});

describe('a report people can read', () => {
	it('links pages, names counts in words, and lists the page changed last first', async () => {
		const text = await report();
		expect(text).toMatch(/published; 1 error and \d+ warnings found/);
		expect(text).not.toMatch(/<nowiki>[^<]*\[\[/);
		// The page changed last first: last-year (edited again above), first-try, then the copy.
		const at = (title: string) => text.indexOf(`; [[:${title}|`);
		expect(
			[at(`${ROOT}/Sessions/first-try`), at(COPY)].every((i) => i > 0),
		).toBe(true);
		expect(at(`${ROOT}/Sessions/first-try`)).toBeLessThan(at(COPY));
	});
});
