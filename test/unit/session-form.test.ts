// The session form's rules (pure): the id it proposes, the page it creates, and an edit that
// changes only what the liaison changed, checked by the codec's own rules.
import {
	checkForm,
	formValuesOf,
	newSessionPage,
	proposeId,
	sessionCallOf,
	startInUtc,
	withChangedParams,
} from '../../shared/sessions/session-form';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';

describe('the session form', () => {
	it('proposes an id from the title, free of the taken ones, and a dated one for another script', () => {
		expect(
			proposeId(
				'Wikidata: queries for Beginners!',
				'2027-01-20 16:00',
				() => false,
			),
		).toBe('wikidata-queries-for-beginners');
		expect(proposeId('Édition  collaborative', '', () => false)).toBe(
			'edition-collaborative',
		);
		const taken = new Set(['wikidata', 'wikidata-2']);
		expect(proposeId('Wikidata', '', (id) => taken.has(id))).toBe('wikidata-3');
		expect(
			proposeId('ورشة كتابة المقالات', '2027-01-20 16:00', () => false),
		).toBe('session-2027-01-20');
	});

	it('writes a new page the codec reads back as the liaison filled it, hostile text inert', () => {
		const values = {
			id: 'lua-basics',
			title: 'Lua | basics }} {{x}} ~~~~',
			start: '2027-02-03 15:00',
			timezone: 'America/Lima',
			capacity: '25',
			audience: 'newcomers, organisers',
			description: '',
		};
		const text = newSessionPage(values);
		expect(text).not.toContain('~~~~');
		expect(text).not.toContain('{{x}}');
		const [session] = readSessionsFromPage('P', text).sessions;
		expect(session).toMatchObject({
			id: 'lua-basics',
			title: 'Lua | basics }} {{x}} ~~~~',
			startUtc: '2027-02-03T20:00:00Z',
			capacity: 25,
			audience: ['newcomers', 'organisers'],
		});
		expect(text).not.toContain('description');
	});

	it('changes only the parameters the liaison changed: every other byte stays', () => {
		const page =
			"Intro <!-- keep me -->\n<translate><!--T:1--> Text.</translate>\n{{Let's Connect/Session\n| id   = a <!-- the id -->\n| title = <translate><!--T:2--> Old title</translate>\n| start = 2027-03-04 10:00\n| colour = blue\n}}\nAfter.";
		const call = sessionCallOf(page, 'a')!;
		const loaded = formValuesOf(call);
		expect(loaded.title).toBe('Old title');
		const next = withChangedParams(page, 'a', loaded, {
			...loaded,
			capacity: '30',
		})!;
		expect(next).toBe(
			page.replace('| colour = blue\n', '| colour = blue\n| capacity = 30\n'),
		);
		const moved = withChangedParams(page, 'a', loaded, {
			...loaded,
			start: '2027-03-05 11:30',
		})!;
		expect(moved).toBe(page.replace('2027-03-04 10:00', '2027-03-05 11:30'));
		expect(withChangedParams(page, 'gone', loaded, loaded)).toBeUndefined();
		expect(withChangedParams(page, 'a', loaded, loaded)).toBe(page);
	});

	it('refuses what the codec refuses: an unknown zone, a missing title', () => {
		const errors = (values: Record<string, string>) =>
			checkForm(values, 'P')
				.filter((p) => p.severity === 'error')
				.map((p) => p.code);
		expect(
			errors({
				id: 'x',
				title: 'T',
				start: '2027-01-01 10:00',
				timezone: 'Mars/Base',
			}),
		).toEqual(['session-unknown-timezone']);
		expect(errors({ id: 'x', title: '', start: '2027-01-01 10:00' })).toEqual([
			'session-missing-title',
		]);
		expect(
			errors({
				id: 'x',
				title: 'T',
				start: '2027-01-01 10:00',
				timezone: 'Africa/Cairo',
			}),
		).toEqual([]);
	});

	it('previews the start in UTC as the bot reads it, and says why there is none', () => {
		expect(startInUtc('2027-07-01 19:00', 'Africa/Cairo')).toEqual({
			utc: '2027-07-01T16:00:00Z',
		});
		expect(startInUtc('2027-07-01 19:00', 'CET')).toEqual({
			reason: 'unknown-zone',
		});
		expect(startInUtc('2027-02-30 19:00', 'UTC')).toEqual({
			reason: 'impossible-date',
		});
	});
});
