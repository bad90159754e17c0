import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import {
	changeMessage,
	promotionMessage,
	reminderMessage,
	withMessage,
} from '../../shared/talk/talk-messages';
import {
	changedElsewhere,
	changeOf,
	changeVouched,
	publishedOf,
} from '../../shared/talk/session-changes';
import type { PublishedSession } from '../../shared/registrations/roster';
import {
	TALK_WORDS,
	talkLanguage,
	talkWordsEn,
} from '../../shared/talk/talk-words';

const ROOT = 'Grants:Knowledge Sharing/Connect';
const session = (extra = '') =>
	readSessionsFromPage(
		`${ROOT}/Sessions/a`,
		`{{Let's Connect/Session|id=a|title=Arabic clinic|start=2026-12-10 14:00|timezone=Africa/Cairo|language=ar|meeting=https://meet.example.org/a${extra}}}`,
	).sessions[0];

describe('talk words', () => {
	it.each(Object.keys(TALK_WORDS))(
		'%s has every message, with the same parameters as English',
		(lang) => {
			const params = (text: string) =>
				[...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');
			for (const [key, english] of Object.entries(talkWordsEn)) {
				const words = TALK_WORDS[lang] as Record<string, string>;
				expect([key, params(words[key] ?? '')]).toEqual([key, params(english)]);
			}
		},
	);

	it("picks the registrant's language, its base, or English", () => {
		expect([
			talkLanguage('ar'),
			talkLanguage('pt-BR'),
			talkLanguage('de'),
			talkLanguage(undefined),
		]).toEqual(['ar', 'pt', 'en', 'en']);
	});
});

describe("messages in the reader's language", () => {
	it('reminds an Arabic registrant in Arabic, with the time in Arabic, in its own direction', () => {
		const message = reminderMessage(session(), 'registrant', 'ar');
		expect(message.heading).toBe('تذكير: Arabic clinic');
		expect(message.body).toContain('بالتوقيت العالمي');
		expect(message.body).toContain('https://meet.example.org/a');
		const page = withMessage('', message, '~~~~');
		expect(page).toMatch(
			/^== تذكير: Arabic clinic ==\n<div lang="ar" dir="auto">/,
		);
		expect(page).toContain('<!-- letsconnect:reminder a -->');
	});

	it('tells a sharer what a sharer does, never to cancel a registration line', () => {
		const sharer = reminderMessage(session(), 'sharer', 'en').body;
		expect(sharer).toContain('you are sharing your skills');
		expect(sharer).not.toMatch(/remind=no|cancel/);
		expect(reminderMessage(session(), 'registrant').body).toContain(
			'remind=no',
		);
	});

	it('says the time in UTC and where the session is planned', () => {
		expect(promotionMessage(session(), 7, 'en').body).toContain(
			'Thursday, December 10, 2026 at 12:00 PM UTC (Thursday, December 10, 2026 at 2:00 PM, Africa/Cairo)',
		);
	});
});

describe('changes worth telling', () => {
	const now = new Date('2026-12-05T12:00:00Z');
	const before: PublishedSession = publishedOf(
		session(),
		new Date('2026-12-01T00:00:00Z'),
	);

	it('names a cancellation, a postponement, a move of 30 minutes or more, and a late link change', () => {
		expect(changeOf(before, session('|status=cancelled'), now)?.kind).toBe(
			'cancelled',
		);
		expect(changeOf(before, session('|status=postponed'), now)?.kind).toBe(
			'postponed',
		);
		expect(
			changeOf(
				before,
				readSessionsFromPage(
					`${ROOT}/Sessions/a`,
					`{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:30|timezone=Africa/Cairo}}`,
				).sessions[0],
				now,
			)?.kind,
		).toBe('moved');
		expect(
			changeOf(
				before,
				readSessionsFromPage(
					`${ROOT}/Sessions/a`,
					`{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:29|timezone=Africa/Cairo|meeting=https://meet.example.org/a}}`,
				).sessions[0],
				now,
			),
		).toBeUndefined();
		const newLink = readSessionsFromPage(
			`${ROOT}/Sessions/a`,
			`{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:00|timezone=Africa/Cairo|meeting=https://meet.example.org/b}}`,
		).sessions[0];
		// A new link is news only in the last 24 hours before the start; earlier, the reminder carries it.
		expect(changeOf(before, newLink, now)).toBeUndefined();
		expect(
			changeOf(before, newLink, new Date('2026-12-09T13:00:00Z'))?.kind,
		).toBe('link');
	});

	it('tells nothing before the bot has published the session, and names each change by the state it ends and the one it makes', () => {
		expect(
			changeOf(undefined, session('|status=cancelled'), now),
		).toBeUndefined();
		const change = changeOf(before, session('|status=cancelled'), now)!;
		expect(
			changeMessage(
				session('|status=cancelled'),
				change,
				'registrant',
				'en',
				`${ROOT}/Calendar`,
			).marker,
		).toMatch(
			new RegExp(
				`^<!-- letsconnect:change a cancelled ${before.at}>[0-9a-z]+ -->$`,
			),
		);
		// Moved to 15:00, then to 16:00: two changes, two names.
		const at = (time: string) =>
			readSessionsFromPage(
				`${ROOT}/Sessions/a`,
				`{{Let's Connect/Session|id=a|title=T|start=2026-12-10 ${time}|timezone=Africa/Cairo}}`,
			).sessions[0];
		expect(changeOf(before, at('15:00'), now)?.key).not.toBe(
			changeOf(before, at('16:00'), now)?.key,
		);
	});

	it('tells that a cancelled or postponed session is on again, at its time', () => {
		const postponed = publishedOf(
			session('|status=postponed'),
			new Date('2026-12-02T00:00:00Z'),
		);
		const back = changeOf(postponed, session(), now)!;
		expect(back.kind).toBe('back');
		const message = changeMessage(
			session(),
			back,
			'waiting',
			'en',
			`${ROOT}/Calendar`,
		);
		expect(message.heading).toBe('On again: Arabic clinic');
		expect(message.body).toContain('You stay on the waitlist');
		expect(message.body).not.toContain('Your registration stays');
	});
});

describe('a change someone trusted made', () => {
	const text = (start: string) =>
		`{{Let's Connect/Session|id=a|title=T|start=2026-12-10 ${start}|timezone=Africa/Cairo}}`;
	const revision = (
		revid: number,
		user: string,
		start: string,
		timestamp: string,
	) => ({ revid, user, text: text(start), timestamp });
	const trusted = new Set(['Liaison']);

	it("is vouched by a liaison's revision that left the session as it is now, not by anyone else's", () => {
		const history = [
			revision(1, 'Liaison', '14:00', '2026-11-01T00:00:00Z'),
			revision(2, 'Vandal', '18:00', '2026-12-02T00:00:00Z'),
		];
		expect(changeVouched(history, 'a', '2026-12-01T00:00:00Z', trusted)).toBe(
			false,
		);
		// The liaison saves the page over it (a comment): vouched.
		expect(
			changeVouched(
				[
					...history,
					{
						...revision(3, 'Liaison', '18:00', '2026-12-03T00:00:00Z'),
						text: `${text('18:00')}\n<!-- ok -->`,
					},
				],
				'a',
				'2026-12-01T00:00:00Z',
				trusted,
			),
		).toBe(true);
		// A liaison's revision from before the bot's record vouches for nothing since.
		expect(
			changeVouched(
				[
					revision(1, 'Liaison', '18:00', '2026-11-01T00:00:00Z'),
					revision(2, 'Vandal', '18:00', '2026-12-02T00:00:00Z'),
				],
				'a',
				'2026-12-01T00:00:00Z',
				trusted,
			),
		).toBe(false);
	});

	it("comes from the Config when the session page left its values as they were (a hub's usual zone)", () => {
		const history = [
			revision(1, 'Liaison', '14:00', '2026-11-01T00:00:00Z'),
			{
				...revision(2, 'Someone', '14:00', '2026-12-02T00:00:00Z'),
				text: `${text('14:00')}\n<!-- typo -->`,
			},
		];
		expect(changedElsewhere(history, 'a', '2026-12-01T00:00:00Z')).toBe(true);
		expect(
			changedElsewhere(
				[...history, revision(3, 'Someone', '15:00', '2026-12-03T00:00:00Z')],
				'a',
				'2026-12-01T00:00:00Z',
			),
		).toBe(false);
	});
});
