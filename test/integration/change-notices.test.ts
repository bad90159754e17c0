// Told when it changes, on a real wiki: a liaison cancels one session, postpones another, moves a
// third by an hour and gives the fourth (tomorrow's) a new meeting link. Each registrant who asked
// for messages (with a place or waiting) and each sharer gets one notice per change, in their own
// language; none on a second run; none twice after a run killed halfway and run again.
import { silentLog } from '../../bot/wiki/log';
import {
	PageWriter,
	type PageTransform,
	type WriteOptions,
	type WriteOutcome,
} from '../../bot/wiki/page-writer';
import { botIdentity } from '../../bot/wiki/client';
import { sync } from '../../bot/sync/sync';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
const day = (hoursFromNow: number) =>
	new Date(
		Math.floor((Date.now() + hoursFromNow * 3600000) / 3600000) * 3600000,
	)
		.toISOString()
		.slice(0, 16)
		.replace('T', ' ');
const sessions = {
	cx: { start: day(72), extra: '' },
	px: { start: day(96), extra: '' },
	mx: { start: day(120), extra: '' },
	lx: { start: day(10), extra: '|meeting=https://meet.example.org/old' },
};
const sessionText = (id: keyof typeof sessions, changes = '') =>
	`{{Let's Connect/Session|id=${id}|title=Change ${id}|start=${sessions[id].start}|capacity=2|sharers=Emeka${sessions[id].extra}${changes}}}`;
const line = (user: string, extra: string) =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;
const marker = (id: string) =>
	new RegExp(`<!-- letsconnect:change ${id} `, 'g');
const notices = (text: string | undefined, id: string) =>
	(text ?? '').match(marker(id))?.length ?? 0;

/** A writer that dies at its nth talk-page message, like a job killed halfway. */
class DyingWriter extends PageWriter {
	public constructor(private left: number) {
		super(wiki.bot, {
			dryRun: false,
			pauseMs: 0,
			shutoffPage: 'User:LetsConnectBot/Shutoff',
			log: silentLog,
			assert: 'bot',
			identity: botIdentity('LetsConnectBot'),
		});
	}

	public override async write(
		title: string,
		transform: PageTransform,
		summary: string,
		options?: WriteOptions,
	): Promise<WriteOutcome> {
		if (title.startsWith('User talk:') && this.left-- <= 0)
			throw new Error('killed');
		return super.write(title, transform, summary, options);
	}
}

beforeAll(async () => {
	wiki = await startTestWiki();
	const { createUsers } = await import('../../scripts/local-wiki');
	wiki.info.users.push(...(await createUsers(wiki.info, ['Emeka'])));
	for (const id of Object.keys(sessions) as (keyof typeof sessions)[]) {
		// Emeka names himself as the sharer: he agreed to be named.
		await wiki.editAs('Emeka', `${ROOT}/Sessions/${id}`, () => sessionText(id));
	}
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	for (const id of Object.keys(sessions)) {
		const title = `${ROOT}/Registrations/${id}`;
		const add = (text: string) => (current: string) => `${current}\n${text}`;
		await wiki.editAs(
			'Alice',
			title,
			add(line('Alice', '|remind=yes|lang=en')),
		);
		await wiki.editAs(
			'Bruno',
			title,
			add(line('Bruno', '|remind=yes|lang=ar')),
		);
		// Chidi asked for nothing; Dalia waits (capacity 2) and asked for messages.
		await wiki.editAs('Chidi', title, add(line('Chidi', '|remind=no')));
		await wiki.editAs(
			'Dalia',
			title,
			add(line('Dalia', '|remind=yes|lang=pt-br')),
		);
	}
	// The bot publishes the sessions as they are: nothing to tell yet.
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	for (const user of ['Alice', 'Bruno', 'Chidi', 'Dalia', 'Emeka'])
		expect(await wiki.read(`User talk:${user}`)).toBeUndefined();
	// A liaison (the administrator) changes all four.
	await wiki.edit(
		`${ROOT}/Sessions/cx`,
		sessionText('cx', '|status=cancelled'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/px`,
		sessionText('px', '|status=postponed'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/mx`,
		sessionText('mx').replace(sessions.mx.start, day(121)),
	);
	await wiki.edit(
		`${ROOT}/Sessions/lx`,
		sessionText('lx').replace('/old', '/new'),
	);
}, 300000);
afterAll(async () => {
	await wiki?.stop();
});

it('a run killed halfway and run again tells each person once of each change', async () => {
	const options = {
		root: ROOT,
		now: new Date(),
		mode: 'test',
		revision: 'test',
		kinds: new Set(['registrations'] as const),
	};
	await wiki.settle();
	await expect(
		sync(
			wiki.bot,
			new DyingWriter(5),
			options as Parameters<typeof sync>[2],
			silentLog,
		),
	).rejects.toThrow('killed');
	const told = async () =>
		Promise.all(
			['Alice', 'Bruno', 'Dalia', 'Emeka'].map(
				async (u) => (await wiki.read(`User talk:${u}`)) ?? '',
			),
		);
	const afterKill = (await told())
		.map((t) =>
			['cx', 'px', 'mx', 'lx'].reduce((n, id) => n + notices(t, id), 0),
		)
		.reduce((a, b) => a + b, 0);
	expect(afterKill).toBe(5);

	expect(
		(await wiki.cli(['sync', '--only', 'registrations,report'])).code,
	).toBe(0);
	const pages = await told();
	for (const [index, user] of ['Alice', 'Bruno', 'Dalia', 'Emeka'].entries()) {
		expect([
			user,
			['cx', 'px', 'mx', 'lx'].map((id) => notices(pages[index], id)),
		]).toEqual([user, [1, 1, 1, 1]]);
	}
	expect(await wiki.read('User talk:Chidi')).toBeUndefined();
	const again = await wiki.cli(['sync', '--only', 'registrations,report']);
	expect(again.stdout).toMatch(/^0 edits/);
}, 240000);

it("says what changed, in each reader's language, and the report says who was told", async () => {
	const alice = (await wiki.read('User talk:Alice')) as string;
	expect(alice).toContain('== Cancelled: Change cx ==');
	expect(alice).toContain('== Postponed: Change px ==');
	expect(alice).toMatch(
		/== New time: Change mx ==\n.*it now starts on .* instead of /,
	);
	expect(alice).toMatch(
		/== New meeting link: Change lx ==\n.*Join here: https:\/\/meet\.example\.org\/new/,
	);
	// Bruno signed up in Arabic: his notices are in Arabic, marked as such.
	const bruno = (await wiki.read('User talk:Bruno')) as string;
	expect(bruno).toContain('== أُلغيت: Change cx ==');
	expect(bruno).toContain('<div lang="ar" dir="auto">');
	expect(bruno).not.toContain('has been cancelled');
	// Dalia's pt-br is Portuguese; Emeka shares, and is not told to cancel a registration he does not have.
	expect((await wiki.read('User talk:Dalia')) as string).toContain(
		'== Adiada: Change px ==',
	);
	const emeka = (await wiki.read('User talk:Emeka')) as string;
	expect(emeka).toContain('== New time: Change mx ==');
	expect(emeka).not.toContain('Your registration stays');
	const report = (await wiki.read(`${ROOT}/Bot report`)) as string;
	expect(report).toMatch(
		/session was cancelled: the bot told 4 people on their talk page/,
	);
});

it('tells nobody of a change a non-liaison made until a liaison saves the page as it is; a second change, and a session on again, are news', async () => {
	const count = async (user: string, id: string) =>
		notices(await wiki.read(`User talk:${user}`), id);
	// Alice is no liaison: her new link is told to nobody, and the report asks a liaison to look.
	await wiki.editAs('Alice', `${ROOT}/Sessions/lx`, () =>
		sessionText('lx').replace('/old', '/phish'),
	);
	expect(
		(await wiki.cli(['sync', '--only', 'registrations,report'])).code,
	).toBe(0);
	expect(
		await Promise.all(
			['Alice', 'Bruno', 'Dalia', 'Emeka'].map((u) => count(u, 'lx')),
		),
	).toEqual([1, 1, 1, 1]);
	expect(await wiki.read(`${ROOT}/Bot report`)).toContain(
		'session-change-not-vouched',
	);
	// The liaison keeps it (saves the page over it): now it is told, once.
	await wiki.edit(
		`${ROOT}/Sessions/lx`,
		`${sessionText('lx').replace('/old', '/phish')}\n<!-- checked -->`,
	);
	// The postponed session is on again; the moved one moves a second time.
	await wiki.edit(
		`${ROOT}/Sessions/px`,
		sessionText('px', '|status=scheduled'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/mx`,
		sessionText('mx').replace(sessions.mx.start, day(122)),
	);
	expect(
		(await wiki.cli(['sync', '--only', 'registrations,report'])).code,
	).toBe(0);
	for (const user of ['Alice', 'Bruno', 'Dalia', 'Emeka']) {
		expect([
			user,
			await count(user, 'lx'),
			await count(user, 'px'),
			await count(user, 'mx'),
		]).toEqual([user, 2, 2, 2]);
	}
	expect(await wiki.read('User talk:Alice')).toContain(
		'== On again: Change px ==',
	);
	// Dalia waits: she is told she keeps her turn, not that her registration (a place) stays.
	const dalia = (await wiki.read('User talk:Dalia')) as string;
	expect(dalia).toContain('Você continua na lista de espera');
	expect(dalia).not.toContain('A sua inscrição continua');
	expect(
		(await wiki.cli(['sync', '--only', 'registrations,report'])).stdout,
	).toMatch(/^0 edits/);
}, 240000);
