// The bot trusts nothing a page author writes, on the real wiki: a typed promoted=, lines someone
// adds for others, a mass of made-up registrants, sessions on a user page, and message caps. Each
// sends nothing it should not, publishes nothing outside the root, and is named on the Bot report.
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { createUsers } from '../../scripts/local-wiki';

const NOW = '2026-12-02T15:00:00Z';
let wiki: TestWiki;
const reg = (user: string, extra = '') =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;
const append = (line: string) => (current: string) =>
	current ? `${current}\n${line}` : line;
const messages = async (user: string) =>
	((await wiki.read(`User talk:${user}`)) ?? '').split('<!-- letsconnect:')
		.length - 1;
const report = async () => (await wiki.read(`${ROOT}/Bot report`)) ?? '';

beforeAll(async () => {
	wiki = await startTestWiki();
	// Someone who is neither a liaison nor an administrator.
	wiki.info.users.push(...(await createUsers(wiki.info, ['Mallory'])));
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|max-messages-per-session=2}}",
	);
	// Starts within 24 hours of NOW: reminders are due.
	await wiki.edit(
		`${ROOT}/Sessions/due`,
		"{{Let's Connect/Session|id=due|title=Due clinic|start=2026-12-03 10:00}}",
	);
	await wiki.edit(
		`${ROOT}/Sessions/forged`,
		"{{Let's Connect/Session|id=forged|title=Forged clinic|start=2026-12-20 10:00|capacity=1}}",
	);
	const mallory = Array.from({ length: 300 }, (_, i) =>
		reg(`Made up ${i + 1}`),
	).join('\n');
	await wiki.edit(
		`${ROOT}/Sessions/tempo`,
		"{{Let's Connect/Session|id=tempo|title=Tempo clinic|start=2026-12-21 10:00|capacity=1}}",
	);
	await wiki.edit(
		'User:Mallory/Due',
		`{{Let's Connect/Session|id=mallory-due|title=Mallory's clinic|start=2026-12-03 09:00}}`,
	);
	await wiki.edit(`${ROOT}/Registrations/mallory-due`, mallory);
	expect((await wiki.cli(['sync', '--now', NOW])).code).toBe(0);

	// due: three people sign up themselves (over the cap of 2), and someone adds 300 made-up names.
	for (const user of ['Alice', 'Bruno', 'Chidi'])
		await wiki.editAs(
			user,
			`${ROOT}/Registrations/due`,
			append(reg(user, '|remind=yes')),
		);
	await wiki.editAs(
		'Mallory',
		`${ROOT}/Registrations/due`,
		append(
			Array.from({ length: 300 }, (_, i) =>
				reg(`Fake ${i + 1}`, '|remind=yes'),
			).join('\n'),
		),
	);
	// forged: Alice has the one place; Dalia signs up and waits; someone types promoted= on Alice's line.
	await wiki.editAs(
		'Alice',
		`${ROOT}/Registrations/forged`,
		append(reg('Alice')),
	);
	await wiki.editAs(
		'Dalia',
		`${ROOT}/Registrations/forged`,
		append(reg('Dalia')),
	);
	expect(
		(await wiki.cli(['sync', '--now', NOW, '--only', 'registrations'])).code,
	).toBe(0);
	await wiki.editAs('Admin', `${ROOT}/Registrations/forged`, (text) =>
		text.replace('user=Alice}}', 'user=Alice|promoted=2026-12-01T00:00:00Z}}'),
	);
	// tempo: a temporary account's line first (nobody's place), then Dalia, who has the one place.
	await wiki.editAs(
		'Admin',
		`${ROOT}/Registrations/tempo`,
		append(reg('~2026-12345-67')),
	);
	await wiki.editAs(
		'Dalia',
		`${ROOT}/Registrations/tempo`,
		append(reg('Dalia')),
	);
	// An administrator cancels Alice's line (that counts) and adds Bruno's (a place, but not his
	// choices): Dalia moves up; Bruno waits behind her.
	await wiki.editAs('Admin', `${ROOT}/Registrations/forged`, (text) =>
		text
			.replace('user=Alice|', 'user=Alice|status=cancelled|')
			.concat(`\n${reg('Bruno')}`),
	);
}, 180000);
afterAll(async () => {
	await wiki?.stop();
});

describe('sync', () => {
	it('tells nobody because of a typed promoted=, and names it on the report', async () => {
		expect((await wiki.cli(['sync', '--now', NOW])).code).toBe(0);
		// Dalia really moved up (Alice's line is cancelled): she is told; Alice and Bruno are not.
		expect(await messages('Dalia')).toBe(1);
		expect(await messages('Alice')).toBe(0);
		expect(await messages('Bruno')).toBe(0);
		expect(await report()).toContain('registration-promoted-ignored');
	});

	it('counts no temporary account as registered, and names it on the report', async () => {
		const text = await report();
		expect(text).toContain('registration-temporary-account');
		expect(text).toContain('~2026-12345-67');
		const card =
			((await wiki.read(`${ROOT}/Calendar`)) ?? '')
				.split('\n')
				.find((line) => line.includes('|id=tempo|')) ?? '';
		expect(card).toMatch(/\|registered=1\|waitlisted=0\b/);
	});

	it('publishes nothing from a user page and names the page on the report', async () => {
		const calendar = (await wiki.read(`${ROOT}/Calendar`)) ?? '';
		expect(calendar).not.toContain('mallory-due');
		expect(await wiki.read(`${ROOT}/Registrations/mallory-due`)).not.toContain(
			'letsconnect:begin header',
		);
		const text = await report();
		expect(text).toContain('session-outside-root');
		expect(text).toContain('User:Mallory/Due');
	});
});

describe('remind', () => {
	it('reminds only people who signed up themselves, within the cap, and reports the rest', async () => {
		const result = await wiki.cli(['remind', '--now', NOW, '--json']);
		expect(result.code).toBe(0);
		const { held } = JSON.parse(result.stdout) as {
			held: { user: string; reason: string }[];
		};
		expect(await messages('Alice')).toBe(1);
		expect(await messages('Bruno')).toBe(1);
		// Chidi is over max-messages-per-session = 2; the 300 made-up names hold no place at all.
		expect(await messages('Chidi')).toBe(0);
		expect(await wiki.read('User talk:Fake 1')).toBeUndefined();
		expect(await wiki.read('User talk:Made up 1')).toBeUndefined();
		expect(held.map((h) => [h.user, h.reason])).toEqual([
			['Chidi', 'session-cap'],
		]);
		const text = await report();
		expect(text).toMatch(
			/1 message \(a reminder\) was not sent because of the cap \(max-messages-per-session = 2/,
		);
		// The sync's report named the typed lines: who, which revision, whose.
		expect(text).toMatch(
			/registration-line-typed.*\|Mallory\]\]<nowiki>, in <\/nowiki>\[\[:Special:Diff\/\d+\|revision \d+\]\]<nowiki> \([^)]*\), added lines for Fake 1, Fake 2, .* and 290 more/,
		);
	});
});
