// The registration page, rendered by MediaWiki, lists the places the gadget reads from the same
// page and the bot's roster of it (placesOf): who has a place, the waitlist with positions, who
// cancelled and when. On the recorded pages (no roster: the page's order) and on a page the bot
// has verified, with changes made since its run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUsers } from '../../scripts/local-wiki';
import { elementsWith } from '../helpers/rendered-html';
import { withHeader } from '../../shared/registrations/registration-header';
import { parseRoster, placesOf } from '../../shared/registrations/roster';
import { rosterPageTitle } from '../../shared/model/titles';
import type { Registration } from '../../shared/registrations/registration-page';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const FIXTURES = join(__dirname, '../fixtures/registrations');
let wiki: TestWiki;

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(
		...(await createUsers(wiki.info, ['Emeka', 'Farah', 'Mallory'])),
	);
}, 180000);
afterAll(async () => {
	await wiki?.stop();
});

/** The places as the page shows them: in the order listed, with positions and cancel times. */
async function shownPlaces(title: string) {
	const html = (
		await wiki.bot.request({
			action: 'parse',
			page: title,
			prop: 'text',
			disablelimitreport: true,
		})
	).parse.text as string;
	return elementsWith(html, 'data-lc-place').map((e) => ({
		user: e['data-lc-user'],
		status: e['data-lc-place'],
		position: e['data-lc-position'],
		cancelledAt: e['data-lc-cancelled'],
	}));
}

/** The same from the gadget's rule: registered, then the waitlist in order, then the cancelled. */
function expectedPlaces(list: Registration[]) {
	const group = (status: string) => list.filter((r) => r.status === status);
	return [
		...group('registered').map((r) => ({
			user: r.user,
			status: r.status,
			position: undefined,
			cancelledAt: undefined,
		})),
		...group('waitlisted').map((r, i) => ({
			user: r.user,
			status: r.status,
			position: String(i + 1),
			cancelledAt: undefined,
		})),
		...group('cancelled').map((r) => ({
			user: r.user,
			status: r.status,
			position: undefined,
			cancelledAt: r.cancelledAt,
		})),
	];
}

const header = (id: string, capacity: number) => ({
	id,
	title: `Clinic ${id}`,
	page: `${ROOT}/Sessions/${id}`,
	startUtc: '2030-01-10T10:00:00Z',
	endUtc: '2030-01-10T12:00:00Z',
	status: 'scheduled',
	registration: 'open',
	capacity,
});

describe.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.wikitext')))(
	'recorded registration page %s',
	(file) => {
		it('shows the places in the order the codec reads them, before the bot has verified anything', async () => {
			const id = file.replace(/\.wikitext$/, '');
			const title = `${ROOT}/Registrations/${id}`;
			const text = withHeader(
				readFileSync(join(FIXTURES, file), 'utf8').replace(/\s+$/, ''),
				header(id, 3),
			);
			await wiki.edit(title, text);
			expect(await shownPlaces(title)).toEqual(
				expectedPlaces(placesOf(text, undefined, 3)),
			);
		});
	},
);

describe('a page the bot has verified, changed since', () => {
	const id = 'verified';
	const title = `${ROOT}/Registrations/${id}`;
	const line = (user: string, extra = '') =>
		`{{Let's Connect/Registration|user=${user}|registered=2026-12-0${(user.length % 9) + 1}T10:00:00Z${extra}}}`;
	const append = (text: string) => (current: string) => `${current}\n${text}`;

	beforeAll(async () => {
		const start = new Date(Date.now() + 5 * 86400000)
			.toISOString()
			.slice(0, 10);
		await wiki.edit(
			`${ROOT}/Sessions/${id}`,
			`{{Let's Connect/Session|id=${id}|title=Verified clinic|start=${start} 10:00|capacity=3}}`,
		);
		expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
		for (const user of ['Alice', 'Bruno', 'Chidi', 'Dalia', 'Emeka'])
			await wiki.editAs(user, title, append(line(user)));
		await wiki.editAs('Bruno', title, (t) =>
			t.replace(
				line('Bruno'),
				line('Bruno', '|status=cancelled|cancelled=2026-12-05T09:30:00Z'),
			),
		);
		expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
		// Since the bot's run: Chidi cancels, Farah signs up, Mallory deletes Alice's line and types one for Emeka.
		await wiki.editAs('Chidi', title, (t) =>
			t.replace(
				line('Chidi'),
				line('Chidi', '|status=cancelled|cancelled=2026-12-06T08:00:00Z'),
			),
		);
		await wiki.editAs('Farah', title, append(line('Farah')));
		await wiki.editAs(
			'Mallory',
			title,
			(t) =>
				`${t.replace(`\n${line('Alice')}`, '')}\n${line('Emeka', '|interpretation=es')}`,
		);
	}, 240000);

	it('lists what the gadget reads from the page and the roster, not what the page alone says', async () => {
		const text = (await wiki.read(title)) as string;
		const roster = parseRoster(
			await wiki.read(
				rosterPageTitle(wiki.info.bot.username.split('@')[0], title),
			),
			title,
		);
		expect(roster?.entries.map((e) => e.user)).toEqual([
			'Alice',
			'Bruno',
			'Chidi',
			'Dalia',
			'Emeka',
		]);
		const expected = expectedPlaces(placesOf(text, roster, 3));
		// Alice keeps the place whose line Mallory deleted; Chidi's cancellation since the run counts.
		expect(
			expected.map(
				(p) => `${p.user}:${p.status}${p.position ? p.position : ''}`,
			),
		).toEqual([
			'Alice:registered',
			'Dalia:registered',
			'Emeka:registered',
			'Farah:waitlisted1',
			'Bruno:cancelled',
			'Chidi:cancelled',
		]);
		expect(await shownPlaces(title)).toEqual(expected);
		// Bruno's cancellation is dated by his verified edit; Chidi's, not yet verified, by his line.
		expect(expected.find((p) => p.user === 'Chidi')?.cancelledAt).toBe(
			'2026-12-06T08:00:00Z',
		);
		expect(expected.find((p) => p.user === 'Bruno')?.cancelledAt).toMatch(
			/^\d{4}-\d\d-\d\dT/,
		);
	});

	it('says the state and the count in the same words as the gadget, on the session page too', async () => {
		const html = (
			await wiki.bot.request({
				action: 'parse',
				page: title,
				prop: 'text',
				disablelimitreport: true,
			})
		).parse.text as string;
		expect(html).toContain(
			'Full: one person waits for a place · 3 of 3 places taken',
		);
		const session = (
			await wiki.bot.request({
				action: 'parse',
				page: `${ROOT}/Sessions/${id}`,
				prop: 'text',
				disablelimitreport: true,
			})
		).parse.text as string;
		expect(elementsWith(session, 'data-lc-session')[0]).toMatchObject({
			'data-lc-registered': '3',
			'data-lc-waitlisted': '1',
		});
		expect(session).toContain('3 of 3 places taken');
	});
});

it('says "cancelled" for a line cancelled without its date, never the sign-up\'s date as the cancellation\'s', async () => {
	const title = `${ROOT}/Registrations/undated`;
	const lines = [
		"{{Let's Connect/Registration|user=Alice|registered=2026-11-01T10:00:00Z|status=cancelled}}",
	];
	await wiki.edit(title, withHeader(lines.join('\n'), header('undated', 3)));
	const html = (
		await wiki.bot.request({
			action: 'parse',
			page: title,
			prop: 'text',
			disablelimitreport: true,
		})
	).parse.text as string;
	const item =
		/<li data-lc-user="Alice" data-lc-place="cancelled"[^>]*>(.*?)<\/li>/.exec(
			html,
		)?.[1] ?? '';
	expect(item).toContain('cancelled');
	expect(item).not.toContain('1 November 2026');
});

it("promises a registration page at the bot's next run only where the bot publishes sessions", async () => {
	const card = (id: string) =>
		`{{Let's Connect/Session|id=${id}|title=New ${id}|start=2030-02-01 10:00}}`;
	const rendered = async (title: string) =>
		(
			await wiki.bot.request({
				action: 'parse',
				page: title,
				prop: 'text',
				disablelimitreport: true,
			})
		).parse.text as string;
	await wiki.edit(`${ROOT}/Sessions/soon-open`, card('soon-open'));
	await wiki.edit('Grants:Somewhere else', card('never-open'));
	expect(await rendered(`${ROOT}/Sessions/soon-open`)).toContain(
		'data-lc-state="not-yet"',
	);
	const elsewhere = await rendered('Grants:Somewhere else');
	expect(elsewhere).not.toContain('data-lc-state="not-yet"');
	expect(elsewhere).not.toContain('Registrations/never-open');
});
