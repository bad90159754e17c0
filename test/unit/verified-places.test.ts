// Places from verified actions: the replay of a registration page's history (pure, no wiki).
import {
	emptyRoster,
	lineHash,
	parseRoster,
	placesOf,
	serialiseRoster,
	type Roster,
} from '../../shared/registrations/roster';
import {
	restoreOwnWords,
	verifyPlaces,
	type PageRevisionRecord,
} from '../../shared/registrations/verify-places';
import { cancelRegistration, signUp } from '../../shared/registrations/sign-up';
import { stateOf } from '../../shared/registrations/registration-page';

const PAGE = 'Grants:Knowledge Sharing/Connect/Registrations/x';
const trust = { bot: 'LetsConnectBot', liaisons: ['Lia'], admins: ['Admin'] };
const line = (user: string, extra = '') =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;

/** A history made of edits: each a function of the text before, saved by `user`. */
function history(
	edits: [string | undefined, (text: string) => string][],
	from = '',
): PageRevisionRecord[] {
	let text = from;
	return edits.map(([user, edit], i) => {
		text = edit(text);
		return {
			revid: 100 + i,
			timestamp: `2026-12-01T10:${String(i).padStart(2, '0')}:00Z`,
			user,
			text,
		};
	});
}
const add = (l: string) => (text: string) => (text ? `${text}\n${l}` : l);
const textOf = (revisions: PageRevisionRecord[]) =>
	revisions[revisions.length - 1].text as string;
const statuses = (roster: Roster, text: string, capacity?: number) =>
	placesOf(text, roster, capacity).map((r) => `${r.user}:${r.status}`);

describe('verified places', () => {
	it("gives places in the order of each person's own edit, whatever the order of the lines", () => {
		const revisions = history([
			['Alice', add(line('Alice'))],
			['Bruno', add(line('Bruno'))],
			['Chidi', add(line('Chidi'))],
			['Dalia', add(line('Dalia'))],
			// Dalia moves her own line to the top.
			[
				'Dalia',
				(t) => `${line('Dalia')}\n${t.replace(`\n${line('Dalia')}`, '')}`,
			],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 2);
		expect(statuses(roster, textOf(revisions), 2)).toEqual([
			'Alice:registered',
			'Bruno:registered',
			'Chidi:waitlisted',
			'Dalia:waitlisted',
		]);
		expect(roster.findings).toEqual([
			expect.objectContaining({
				kind: 'moved',
				author: 'Dalia',
				revision: 104,
				users: ['Dalia'],
			}),
		]);
	});

	it('keeps the place of someone whose line another editor deleted, and puts the line back', () => {
		const revisions = history([
			['Alice', add(line('Alice'))],
			['Bruno', add(line('Bruno'))],
			['Mallory', (t) => t.replace(`${line('Alice')}\n`, '')],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 1);
		expect(statuses(roster, textOf(revisions), 1)).toEqual([
			'Alice:registered',
			'Bruno:waitlisted',
		]);
		expect(roster.findings).toEqual([
			expect.objectContaining({
				kind: 'deleted',
				author: 'Mallory',
				users: ['Alice'],
			}),
		]);
		const restored = restoreOwnWords(
			textOf(revisions),
			roster,
			textOf(revisions),
		);
		expect(restored.restored).toEqual(['Alice']);
		expect(restored.text).toBe(`${line('Bruno')}\n${line('Alice')}`);
	});

	it('gives no place to lines typed for others, nor to an address', () => {
		const revisions = history([
			['Bruno', add(line('Bruno'))],
			[
				'Mallory',
				add(
					[
						line('Ghost One'),
						line('Ghost Two'),
						line('192.0.2.7'),
						line('Chidi'),
					].join('\n'),
				),
			],
			['Dalia', add(line('Dalia'))],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 2);
		expect(statuses(roster, textOf(revisions), 2)).toEqual([
			'Bruno:registered',
			'Dalia:registered',
		]);
		expect(roster.findings.map((f) => [f.kind, f.users])).toEqual([
			['added', ['Ghost One', 'Ghost Two', 'Chidi']],
			['not-a-user', ['192.0.2.7']],
		]);
		// Chidi signs up himself later: his own line counts, after Dalia.
		const more = history(
			[['Chidi', add(line('Chidi', '|registered=2026-12-02T00:00:00Z'))]],
			textOf(revisions),
		).map((r) => ({ ...r, revid: 200 }));
		const later = verifyPlaces(roster, textOf(revisions), more, trust, 2);
		expect(statuses(later, textOf(more), 2)).toEqual([
			'Bruno:registered',
			'Dalia:registered',
			'Chidi:waitlisted',
		]);
	});

	it('keeps a choice as its owner wrote it, and puts their words back', () => {
		const revisions = history([
			['Alice', add(line('Alice', '|remind=no'))],
			['Mallory', (t) => t.replace('remind=no', 'remind=yes')],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		expect(placesOf(textOf(revisions), roster)[0].remind).toBe(false);
		expect(roster.findings).toEqual([
			expect.objectContaining({ kind: 'changed', users: ['Alice'] }),
		]);
		expect(
			restoreOwnWords(textOf(revisions), roster, textOf(revisions)).text,
		).toBe(line('Alice', '|remind=no'));
	});

	it("counts a liaison's line with its choices, an administrator's line without them", () => {
		const revisions = history([
			['Lia', add(line('Bruno', '|remind=yes'))],
			['Admin', add(line('Chidi', '|remind=yes'))],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		expect(
			placesOf(textOf(revisions), roster).map((r) => [
				r.user,
				r.status,
				r.remind,
			]),
		).toEqual([
			['Bruno', 'registered', true],
			['Chidi', 'registered', false],
		]);
		expect(roster.entries.map((e) => e.joined.by)).toEqual(['Lia', 'Admin']);
	});

	it('keeps a place a stranger cancelled; a cancellation by the person or a liaison counts', () => {
		const revisions = history([
			['Alice', add(line('Alice'))],
			['Bruno', add(line('Bruno'))],
			['Chidi', add(line('Chidi'))],
			[
				'Mallory',
				(t) => t.replace('user=Alice}}', 'user=Alice|status=cancelled}}'),
			],
			[
				'Lia',
				(t) => t.replace('user=Bruno}}', 'user=Bruno|status=cancelled}}'),
			],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 1);
		expect(statuses(roster, textOf(revisions), 1)).toEqual([
			'Alice:registered',
			'Bruno:cancelled',
			'Chidi:waitlisted',
		]);
		expect(
			restoreOwnWords(textOf(revisions), roster, textOf(revisions)).text,
		).toContain(line('Alice'));
	});

	it('knows who waited and moved up between two runs, from the history alone', () => {
		const five = ['A1', 'A2', 'A3', 'A4', 'A5'];
		const waiting = ['W1', 'W2', 'W3', 'W4', 'W5'];
		const joins = history(
			[...five, ...waiting].map(
				(u) => [u, add(line(u))] as [string, (t: string) => string],
			),
		);
		const first = verifyPlaces(
			emptyRoster(PAGE),
			'',
			joins.slice(0, 5),
			trust,
			5,
		);
		expect(first.entries.some((e) => e.waited)).toBe(false);
		// After the last run: five join the waitlist and the five with places cancel, all before the next run.
		const cancels = history(
			five.map(
				(u) =>
					[
						u,
						(t: string) =>
							t.replace(`user=${u}}}`, `user=${u}|status=cancelled}}`),
					] as [string, (t: string) => string],
			),
			textOf(joins),
		).map((r, i) => ({ ...r, revid: 300 + i }));
		const second = verifyPlaces(
			first,
			textOf(joins.slice(0, 5)),
			[...joins.slice(5), ...cancels],
			trust,
			5,
		);
		const placed = placesOf(textOf(cancels), second, 5)
			.filter((r) => r.status === 'registered')
			.map((r) => r.user);
		expect(placed).toEqual(waiting);
		expect(
			second.entries.filter((e) => e.waited && !e.cancelled).map((e) => e.user),
		).toEqual(waiting);
	});

	it('trusts nobody for what changed across a revision whose text is hidden', () => {
		const revisions = history([
			['Alice', add(line('Alice'))],
			['Mallory', add(line('Ghost'))],
			['Admin', (t) => t],
		]);
		revisions[1].text = undefined;
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		expect(placesOf(textOf(revisions), roster).map((r) => r.user)).toEqual([
			'Alice',
		]);
		expect(roster.findings).toEqual([
			expect.objectContaining({ kind: 'added', author: '', users: ['Ghost'] }),
		]);
	});

	it('puts back only lines nobody touched since the roster was made', () => {
		const revisions = history([
			['Alice', add(line('Alice', '|remind=no'))],
			['Mallory', (t) => t.replace('remind=no', 'remind=yes')],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		// Alice herself changed her line again after the bot read the page: hers to decide.
		const now = line('Alice', '|remind=yes|interpretation=es');
		expect(restoreOwnWords(now, roster, textOf(revisions))).toEqual({
			text: now,
			restored: [],
			unreadable: [],
		});
	});
});

describe("a person's lines are the ones they (or someone trusted) wrote", () => {
	it('a cancelled line a stranger appended for Alice does not cancel her when she next edits her own line', () => {
		const revisions = history([
			['Alice', add(line('Alice', '|remind=no'))],
			['Bruno', add(line('Bruno'))],
			['Mallory', add(line('Alice', '|status=cancelled'))],
			[
				'Alice',
				(t) => t.replace('user=Alice|remind=no}}', 'user=Alice|remind=yes}}'),
			],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 1);
		expect(statuses(roster, textOf(revisions), 1)).toEqual([
			'Alice:registered',
			'Bruno:waitlisted',
		]);
		expect(placesOf(textOf(revisions), roster)[0].remind).toBe(true);
		// The stranger's line goes; Alice's own stays.
		expect(
			restoreOwnWords(textOf(revisions), roster, textOf(revisions)).text,
		).toBe(`${line('Alice', '|remind=yes')}\n${line('Bruno')}`);
	});

	it("a line a stranger put above Alice's never gives her its choices, even after she edits her own", () => {
		const revisions = history([
			['Alice', add(line('Alice', '|remind=no'))],
			['Mallory', (t) => `${line('Alice', '|remind=yes|lang=ru')}\n${t}`],
			[
				'Alice',
				(t) =>
					t.replace(
						'user=Alice|remind=no}}',
						'user=Alice|remind=no|interpretation=es}}',
					),
			],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		expect(roster.entries[0].choices).toEqual({
			remind: 'no',
			interpretation: 'es',
		});
		expect(
			restoreOwnWords(textOf(revisions), roster, textOf(revisions)).text,
		).toBe(line('Alice', '|remind=no|interpretation=es'));
	});

	it('an undo by a liaison that puts back a line a stranger typed signs nobody up', () => {
		const revisions = history([
			['Alice', add(line('Alice'))],
			['Mallory', add(line('Xavier', '|remind=yes'))],
			['Eve', () => ''],
			['Lia', () => `${line('Alice')}\n${line('Xavier', '|remind=yes')}`],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust);
		expect(placesOf(textOf(revisions), roster).map((r) => r.user)).toEqual([
			'Alice',
		]);
	});

	it("a page whose verified revision is gone is judged from the roster's own lines: the next trusted edit vouches for no stranger's line", () => {
		const first = history([
			['Alice', add(line('Alice'))],
			['Mallory', add(line('Yvonne'))],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', first, trust);
		// The base the bot uses when the roster's revision is hidden or the page was made again.
		const base = roster.entries.flatMap((e) => e.own).join('\n');
		const next = history(
			[['Lia', (t) => `${t}\n${line('Bruno')}`]],
			textOf(first),
		).map((r) => ({ ...r, revid: 500 }));
		const later = verifyPlaces(roster, base, next, trust);
		expect(placesOf(textOf(next), later).map((r) => r.user)).toEqual([
			'Alice',
			'Bruno',
		]);
	});

	it('names at most 50 people in a finding, and how many more', () => {
		const many = Array.from({ length: 120 }, (_, i) => line(`Fake ${i}`)).join(
			'\n',
		);
		const roster = verifyPlaces(
			emptyRoster(PAGE),
			'',
			history([['Mallory', () => many]]),
			trust,
		);
		expect(roster.findings[0]).toMatchObject({ kind: 'added', more: 70 });
		expect(roster.findings[0].users).toHaveLength(50);
	});
});

describe("the gadget's view: the roster, then what changed since", () => {
	const revisions = history([
		['Alice', add(line('Alice'))],
		['Mallory', add(line('Ghost'))],
	]);
	const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 1);
	const text = textOf(revisions);

	it('counts a new sign-up after the roster, and not the ghost it has seen', () => {
		const joined = signUp(
			text,
			{ user: 'Bruno', now: '2026-12-02T00:00:00Z' },
			roster,
		);
		expect(joined.outcome).toBe('append');
		const after = `${text}\n${(joined as { line: string }).line}`;
		expect(statuses(roster, after, 1)).toEqual([
			'Alice:registered',
			'Bruno:waitlisted',
		]);
		// The ghost's line can sign up for real: it holds nothing.
		expect(
			signUp(text, { user: 'Ghost', now: '2026-12-02T00:00:00Z' }, roster)
				.outcome,
		).toBe('append');
	});

	it('shows a cancellation at once, and one for a line another editor deleted', () => {
		const cancelled = cancelRegistration(text, 'Alice', roster);
		expect(cancelled.outcome).toBe('cancelled');
		expect(
			stateOf(placesOf((cancelled as { text: string }).text, roster), 'Alice')
				.status,
		).toBe('cancelled');
		const deleted = text.replace(line('Alice'), '');
		expect(stateOf(placesOf(deleted, roster, 1), 'Alice').status).toBe(
			'registered',
		);
		const own = cancelRegistration(deleted, 'Alice', roster);
		expect(
			stateOf(placesOf((own as { text: string }).text, roster), 'Alice').status,
		).toBe('cancelled');
	});

	it('reads the order of the roster, not the page', () => {
		const moved = `${line('Ghost')}\n${line('Alice')}`;
		expect(statuses(roster, moved, 1)).toEqual(['Alice:registered']);
	});
});

describe('the roster page', () => {
	it("round-trips, and refuses another page's roster or anything else", () => {
		const roster = verifyPlaces(
			emptyRoster(PAGE),
			'',
			history([['Alice', add(line('Alice'))]]),
			trust,
		);
		expect(parseRoster(serialiseRoster(roster), PAGE)).toEqual(roster);
		expect(parseRoster(serialiseRoster(roster), `${PAGE}2`)).toBeUndefined();
		expect(parseRoster('{"format":1}', PAGE)).toBeUndefined();
		expect(parseRoster('not json', PAGE)).toBeUndefined();
	});

	it('hashes a line alike whatever its script (UTF-8 bytes, FNV-1a)', () => {
		expect(lineHash('')).toBe('811c9dc5');
		expect(lineHash('a')).toBe('e40c292c');
		expect(lineHash('é')).not.toBe(lineHash('e'));
		expect(lineHash(' x ')).toBe(lineHash('x'));
	});
});
