// Places follow what each person did with their own account, on the real wiki: every attack of
// issue 20 (a queue jump, a deleted line, lines typed for others and for an address, a flipped
// reminder choice, twelve sharers named by a stranger) changes nobody's place, sends nobody an
// unasked message and is named on the Bot report; five cancels between two runs tell five people.
import { Mwn } from 'mwn';
import { createUsers } from '../../scripts/local-wiki';
import { runJobs } from '../../scripts/local-wiki';
import { parseRoster, placesOf } from '../../shared/registrations/roster';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-12-02T15:00:00Z';
let wiki: TestWiki;
const reg = (user: string, extra = '') =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;
const append = (line: string) => (current: string) =>
	current ? `${current}\n${line}` : line;
const regPage = (id: string) => `${ROOT}/Registrations/${id}`;
/** A finding on the report: its code, who (a link to them), which revision (a link), and what. */
const said = (code: string, who: string, what: string) =>
	new RegExp(
		`${code}.*\\|${who}\\]\\]<nowiki>, in </nowiki>\\[\\[:Special:Diff/\\d+\\|revision \\d+\\]\\]<nowiki> \\([^)]*\\), ${what}`,
	);
const report = async () => (await wiki.read(`${ROOT}/Bot report`)) ?? '';
const messagesTo = async (user: string) =>
	((await wiki.read(`User talk:${user}`)) ?? '').split('<!-- letsconnect:')
		.length - 1;
const CANCELLERS = ['Pia', 'Quinn', 'Rafa', 'Sol', 'Tariq'];
const WAITERS = ['Uma', 'Vera', 'Wen', 'Xola', 'Yusuf'];
const SHARERS = Array.from({ length: 12 }, (_, i) => `Named ${i + 1}`);

/** Who holds a place on a page, as the bot's roster and the page give it (the gadget's view too). */
async function places(id: string, capacity?: number): Promise<string[]> {
	const text = (await wiki.read(regPage(id))) ?? '';
	const roster = parseRoster(
		await wiki.read(`User:LetsConnectBot/Places/${regPage(id)}.json`),
		regPage(id),
	);
	expect(roster).toBeDefined();
	return placesOf(text, roster, capacity).map((r) => `${r.user}:${r.status}`);
}

async function sync(...args: string[]): Promise<void> {
	const result = await wiki.cli(['sync', '--now', NOW, ...args]);
	if (result.code !== 0) throw new Error(result.stderr);
}

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(
		...(await createUsers(wiki.info, [
			'Eve',
			'Mallory',
			...CANCELLERS,
			...WAITERS,
		])),
	);
	const session = (id: string, extra: string) =>
		wiki.edit(
			`${ROOT}/Sessions/${id}`,
			`{{Let's Connect/Session|id=${id}|title=Clinic ${id}|${extra}}}`,
		);
	await session('jump', 'start=2026-12-10 10:00|capacity=2');
	await session('deleted', 'start=2026-12-10 12:00|capacity=1');
	await session('typed', 'start=2026-12-11 10:00|capacity=4');
	await session('anon', 'start=2026-12-11 12:00|capacity=2');
	await session('flip', 'start=2026-12-03 10:00');
	await session('cancels', 'start=2026-12-12 10:00|capacity=5');
	// A stranger writes a session naming twelve people as its sharers.
	await wiki.editAs(
		'Mallory',
		`${ROOT}/Sessions/sharers`,
		() =>
			`{{Let's Connect/Session|id=sharers|title=Twelve sharers|start=2026-12-03 11:00|sharers=${SHARERS.join(', ')}}}`,
	);
	await sync('--only', 'registrations');

	for (const user of ['Alice', 'Bruno', 'Chidi', 'Dalia'])
		await wiki.editAs(user, regPage('jump'), append(reg(user)));
	// Dalia moves her line to the top.
	await wiki.editAs('Dalia', regPage('jump'), (text) =>
		text
			.replace(`\n${reg('Dalia')}`, '')
			.replace(reg('Alice'), `${reg('Dalia')}\n${reg('Alice')}`),
	);
	for (const user of ['Alice', 'Bruno'])
		await wiki.editAs(user, regPage('deleted'), append(reg(user)));
	await wiki.editAs('Mallory', regPage('deleted'), (text) =>
		text.replace(`\n${reg('Alice')}`, ''),
	);
	await wiki.editAs(
		'Mallory',
		regPage('typed'),
		append(
			[reg('Ghost One'), reg('Ghost Two'), reg('192.0.2.7'), reg('Bruno')].join(
				'\n',
			),
		),
	);
	await wiki.editAs('Eve', regPage('typed'), append(reg('Eve')));
	// Someone not logged in types an address's line and Chidi's.
	const anonymous = new Mwn({ apiUrl: wiki.info.apiUrl, silent: true });
	await anonymous.getTokensAndSiteInfo();
	const anonText = (await wiki.read(regPage('anon'))) ?? '';
	await anonymous.save(
		regPage('anon'),
		`${anonText}\n${reg('203.0.113.9')}\n${reg('Chidi')}`,
		'test edit',
	);
	await runJobs(wiki.info);
	await wiki.editAs('Dalia', regPage('anon'), append(reg('Dalia')));
	await wiki.editAs(
		'Alice',
		regPage('flip'),
		append(reg('Alice', '|remind=no')),
	);
	await wiki.editAs('Mallory', regPage('flip'), (text) =>
		text.replace('remind=no', 'remind=yes'),
	);
	// Ten sign up, then the first five cancel at the same moment: no bot run in between.
	for (const user of [...CANCELLERS, ...WAITERS])
		await wiki.editAs(
			user,
			regPage('cancels'),
			append(reg(user, '|remind=yes')),
		);
	await Promise.all(
		CANCELLERS.map((user) =>
			wiki.editAs(user, regPage('cancels'), (text) =>
				text.replace(`user=${user}|`, `user=${user}|status=cancelled|`),
			),
		),
	);
	await sync();
}, 300000);
afterAll(async () => {
	await wiki?.stop();
});

describe("an edit of someone else's line changes nobody's place", () => {
	it('a queue jump: Dalia moved her line to the top and still waits behind Chidi, untold', async () => {
		expect(await places('jump', 2)).toEqual([
			'Alice:registered',
			'Bruno:registered',
			'Chidi:waitlisted',
			'Dalia:waitlisted',
		]);
		expect(await messagesTo('Dalia')).toBe(0);
		expect(await report()).toMatch(
			said('registration-lines-moved', 'Dalia', 'moved the line of Dalia'),
		);
	});

	it('a deleted line: Alice keeps her place, her line is back, and the report says who deleted it', async () => {
		expect(await places('deleted', 1)).toEqual([
			'Alice:registered',
			'Bruno:waitlisted',
		]);
		expect(await wiki.read(regPage('deleted'))).toContain(reg('Alice'));
		const text = await report();
		expect(text).toMatch(
			said(
				'registration-line-deleted-by-other',
				'Mallory',
				'deleted the line of Alice',
			),
		);
		expect(text).toMatch(
			/registration-line-restored.*put back the lines of Alice/,
		);
	});

	it('lines typed for others and for an address hold nothing; the one who signed up herself has a place', async () => {
		expect(await places('typed', 4)).toEqual(['Eve:registered']);
		expect(await places('anon', 2)).toEqual(['Dalia:registered']);
		for (const user of ['Ghost One', 'Bruno', 'Chidi'])
			expect(await messagesTo(user)).toBe(0);
		const text = await report();
		expect(text).toMatch(
			said(
				'registration-line-typed',
				'Mallory',
				'added lines for Ghost One, Ghost Two, Bruno',
			),
		);
		expect(text).toMatch(
			/registration-line-not-a-user.*added a line for 192\.0\.2\.7/,
		);
		expect(text).toMatch(
			/registration-line-not-a-user.*added a line for 203\.0\.113\.9/,
		);
		expect(text).toMatch(/registration-line-typed.*added a line for Chidi/);
	});

	it('a flipped choice: Alice said no reminders, gets none, and her words are back', async () => {
		expect(await wiki.read(regPage('flip'))).toContain(
			reg('Alice', '|remind=no'),
		);
		expect((await wiki.cli(['remind', '--now', NOW])).code).toBe(0);
		expect(await messagesTo('Alice')).toBe(0);
		expect(await report()).toMatch(
			said(
				'registration-line-changed-by-other',
				'Mallory',
				'changed the line of Alice',
			),
		);
	});

	it('twelve sharers named by a stranger get no reminder, and the report lists them', async () => {
		for (const sharer of SHARERS)
			expect(await wiki.read(`User talk:${sharer}`)).toBeUndefined();
		expect(await report()).toMatch(
			/12 sharers were named on the session's page by someone other than themselves or a liaison, so the bot did not send a reminder to: Named 1, Named 2/,
		);
	});

	it("a liaison's edit vouches for the sharers: then they are reminded", async () => {
		await wiki.edit(
			`${ROOT}/Config`,
			"{{Let's Connect/Config|liaisons=Dalia}}",
		);
		await wiki.editAs('Dalia', `${ROOT}/Sessions/sharers`, (text) =>
			text.replace(', Named 12', ''),
		);
		expect((await wiki.cli(['remind', '--now', NOW])).code).toBe(0);
		expect(await messagesTo('Named 1')).toBe(1);
		expect(await wiki.read('User talk:Named 12')).toBeUndefined();
	});
});

describe('promotions from the verified history', () => {
	it('five cancels with no run between sign-up and cancel: each of the five who waited is told, once', async () => {
		expect(await places('cancels', 5)).toEqual([
			...CANCELLERS.map((u) => `${u}:cancelled`),
			...WAITERS.map((u) => `${u}:registered`),
		]);
		for (const user of WAITERS) expect(await messagesTo(user)).toBe(1);
		for (const user of CANCELLERS) expect(await messagesTo(user)).toBe(0);
		await sync();
		for (const user of WAITERS) expect(await messagesTo(user)).toBe(1);
	});

	it('a second run with nothing new changes nothing', async () => {
		const again = await wiki.cli(['sync', '--now', NOW, '--json']);
		expect(JSON.parse(again.stdout).edits).toBe(0);
	});
});
