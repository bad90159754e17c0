// Attendance: marks on the registration lines, and which of them count (pure, no wiki).
import {
	attendanceMarks,
	placeWords,
	withAttendance,
} from '../../shared/registrations/attendance';
import {
	registrationLines,
	parseRegistrations,
} from '../../shared/registrations/registration-page';
import {
	restoreOwnWords,
	verifyPlaces,
	type PageRevisionRecord,
} from '../../shared/registrations/verify-places';
import { emptyRoster, placesOf } from '../../shared/registrations/roster';
import { findingProblems } from '../../shared/registrations/finding-messages';

const PAGE = 'Grants:Knowledge Sharing/Connect/Registrations/x';
const trust = {
	bot: 'LetsConnectBot',
	liaisons: ['Lia'],
	admins: ['Admin'],
	sharers: ['Sharer'],
};
const line = (user: string, extra = '') =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;

function history(
	edits: [string, (text: string) => string][],
): PageRevisionRecord[] {
	let text = '';
	return edits.map(([user, edit], i) => {
		text = edit(text);
		return {
			revid: 200 + i,
			timestamp: `2026-12-01T12:${String(i).padStart(2, '0')}:00Z`,
			user,
			text,
		};
	});
}
const add = (l: string) => (text: string) => (text ? `${text}\n${l}` : l);
const take =
	(came: string[], missed: string[] = []) =>
	(text: string) =>
		withAttendance(text, { came, missed });
const signedUp: [string, (text: string) => string][] = [
	['Alice', add(line('Alice', '|remind=yes'))],
	['Bruno', add(line('Bruno'))],
	['Chidi', add('# [[User:Chidi|Chidi]] 10:00, 1 December 2026 (UTC)')],
];

describe('taking attendance', () => {
	it('marks the lines of those who came, unmarks those who did not, and adds a line for the others', () => {
		const page = [
			line('Alice', '|remind=yes'),
			line('Bruno', '|attended=yes'),
			'# [[User:Chidi|Chidi]] 10:00, 1 December 2026 (UTC)',
		].join('\n');
		const next = withAttendance(page, {
			came: ['Alice', 'Chidi', 'Walk in'],
			missed: ['Bruno'],
		});
		expect(next).toBe(
			[
				line('Alice', '|remind=yes|attended=yes'),
				line('Bruno', '|attended=no'),
				'# [[User:Chidi|Chidi]] 10:00, 1 December 2026 (UTC)',
				line('Chidi', '|attended=yes'),
				line('Walk in', '|attended=yes'),
			].join('\n'),
		);
		expect([...attendanceMarks(next)].sort()).toEqual([
			'Alice',
			'Chidi',
			'Walk in',
		]);
		// Taking the same attendance again changes nothing.
		expect(
			withAttendance(next, {
				came: ['Alice', 'Chidi', 'Walk in'],
				missed: ['Bruno'],
			}),
		).toBe(next);
	});

	it('leaves the words that bear on a place as they were', () => {
		const [one] = registrationLines(
			line('Alice', '|remind=yes| attended = yes |lang=es'),
		);
		expect(placeWords(one)).toBe(line('Alice', '|remind=yes|lang=es'));
	});
});

describe('which marks count', () => {
	it("counts a sharer's and a liaison's marks, and nobody else's", () => {
		const revisions = history([
			...signedUp,
			['Sharer', take(['Alice'])],
			['Lia', take(['Alice', 'Bruno'])],
			// Chidi marks himself; a stranger marks a friend.
			['Chidi', take(['Alice', 'Bruno', 'Chidi'])],
			['Mallory', take(['Alice', 'Bruno', 'Chidi', 'Friend'])],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 10);
		expect(Object.keys(roster.attended ?? {}).sort()).toEqual([
			'Alice',
			'Bruno',
		]);
		expect(roster.attended?.Alice).toMatchObject({
			revision: 203,
			by: 'Sharer',
		});
		expect(roster.attended?.Bruno).toMatchObject({ revision: 204, by: 'Lia' });
		const marks = roster.findings.filter((f) => f.kind === 'attendance');
		expect(marks.map((f) => [f.author, f.users])).toEqual([
			['Chidi', ['Chidi']],
			['Mallory', ['Friend']],
		]);
		expect(findingProblems(marks, PAGE, 'x').map((p) => p.code)).toEqual([
			'attendance-not-counted',
			'attendance-not-counted',
		]);
		// Marks are not changes of anyone's line, and a line that comes with its mark is no sign-up:
		// no other finding, and nothing to put back.
		expect(roster.findings.filter((f) => f.kind !== 'attendance')).toEqual([]);
		const text = revisions[revisions.length - 1].text as string;
		expect(restoreOwnWords(text, roster, text).restored).toEqual([]);
	});

	it('keeps places and choices as they were when lines are marked', () => {
		const revisions = history([
			...signedUp,
			['Sharer', take(['Alice', 'Bruno'])],
		]);
		const before = verifyPlaces(
			emptyRoster(PAGE),
			'',
			revisions.slice(0, 3),
			trust,
			1,
		);
		const after = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 1);
		const text = revisions[revisions.length - 1].text as string;
		expect(after.entries).toEqual(before.entries);
		expect(placesOf(text, after, 1).map((r) => [r.user, r.status])).toEqual([
			['Alice', 'registered'],
			['Bruno', 'waitlisted'],
			['Chidi', 'waitlisted'],
		]);
		expect(parseRegistrations(text, 1)[0]).toMatchObject({ remind: true });
	});

	it('counts the marks as a sharer or a liaison last saved the page, not as anyone else left it', () => {
		const edits: [string, (text: string) => string][] = [
			...signedUp,
			['Lia', take(['Alice', 'Bruno'])],
			// A stranger takes Alice's mark away and marks Chidi: neither counts…
			['Mallory', take(['Chidi'], ['Alice'])],
		];
		const counted = (list: typeof edits) =>
			Object.keys(
				verifyPlaces(emptyRoster(PAGE), '', history(list), trust, 10)
					.attended ?? {},
			).sort();
		expect(counted(edits)).toEqual(['Alice', 'Bruno']);
		// …until the sharer saves the page as it stands (her sheet showed Chidi ticked, Alice not).
		expect(counted([...edits, ['Sharer', take([], ['Bruno'])]])).toEqual([
			'Chidi',
		]);
	});

	it('keeps a person who came with a signature line on the queue once, their mark on a line of its own', () => {
		const revisions = history([...signedUp, ['Sharer', take(['Chidi'])]]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 10);
		const text = revisions[revisions.length - 1].text as string;
		expect(text).toContain(line('Chidi', '|attended=yes'));
		expect(roster.entries.map((e) => [e.user, e.own.length])).toEqual([
			['Alice', 1],
			['Bruno', 1],
			['Chidi', 1],
		]);
		expect(roster.findings).toEqual([]);
		expect(Object.keys(roster.attended ?? {})).toEqual(['Chidi']);
		// Nothing to put back, and the attendance line stays.
		expect(restoreOwnWords(text, roster, text)).toMatchObject({
			text,
			restored: [],
		});
	});

	it('gives no place to someone who came without signing up, whoever wrote their line', () => {
		const revisions = history([
			...signedUp,
			['Lia', take(['Alice', 'Walk In'])],
			['Sharer', take(['Alice', 'Walk In', 'Other Walker'])],
		]);
		const roster = verifyPlaces(emptyRoster(PAGE), '', revisions, trust, 10);
		expect(roster.entries.map((e) => e.user)).toEqual([
			'Alice',
			'Bruno',
			'Chidi',
		]);
		expect(Object.keys(roster.attended ?? {}).sort()).toEqual([
			'Alice',
			'Other Walker',
			'Walk In',
		]);
		const text = revisions[revisions.length - 1].text as string;
		expect(placesOf(text, roster, 10).map((r) => r.user)).toEqual([
			'Alice',
			'Bruno',
			'Chidi',
		]);
	});

	it('counts nothing a sharer marked when they are not among the agreed sharers', () => {
		const revisions = history([...signedUp, ['Sharer', take(['Alice'])]]);
		const roster = verifyPlaces(
			emptyRoster(PAGE),
			'',
			revisions,
			{ ...trust, sharers: [] },
			10,
		);
		expect(roster.attended).toBeUndefined();
	});
});
