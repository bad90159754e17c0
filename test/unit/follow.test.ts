// Follows: what counts as someone's own, which sessions are news for them, and the message.
import {
	parseFollowNews,
	sessionVouched,
	withFollowNews,
	followMessage,
	followMarker,
	followsSession,
	ownFollows,
	sessionsToTell,
	MAX_SESSIONS_PER_MESSAGE,
} from '../../shared/talk/follow';
import { withMessage } from '../../shared/talk/talk-messages';
import {
	FOLLOWERS_REGION,
	followersRegion,
	messageSectionTransform,
} from '../../shared/pages/bot-report';
import { readParticipants } from '../../shared/model/participant';
import type { PageRevisionRecord } from '../../shared/registrations/verify-places';
import type { Session } from '../../shared/model/session';
import type { Problem } from '../../shared/model/problems';

const PAGE = 'Grants:Knowledge Sharing/Connect/Participants/Alice';
const profile = (follows: string) =>
	`{{Let's Connect/Participant|user=Alice|languages=es${follows}}}`;
function history(edits: [string | undefined, string | undefined][]) {
	return edits.map(
		([user, text], i): PageRevisionRecord => ({
			revid: 10 + i,
			timestamp: `2026-12-0${i + 1}T10:00:00Z`,
			user,
			text,
		}),
	);
}

const session = (id: string, extra: Partial<Session> = {}): Session =>
	({
		id,
		type: 'clinic',
		title: `Session ${id}`,
		topic: 'Grant writing',
		start: '2027-01-10 14:00',
		startUtc: '2027-01-10T14:00:00Z',
		endUtc: '2027-01-10T16:00:00Z',
		timezone: 'UTC',
		language: 'en',
		interpretation: ['ar'],
		registration: 'open',
		status: 'scheduled',
		page: `Grants:Knowledge Sharing/Connect/Sessions/${id}`,
		sharers: [],
		audience: [],
		resources: {},
		values: {},
		...extra,
	}) as Session;
const hub = { root: 'Grants:Knowledge Sharing/Connect', name: "Let's Connect" };

describe('what someone follows by their own hand', () => {
	it('counts the follows their own revisions wrote, and none another account typed', () => {
		const revisions = history([
			['Alice', profile('|follow-topics=Grant writing')],
			// Someone else adds a topic and a language for her.
			[
				'Mallory',
				profile('|follow-topics=Grant writing, Wikidata|follow-languages=fr'),
			],
			// An edit of hers that keeps them does not make them hers.
			[
				'Alice',
				profile(
					'|follow-topics=Grant writing, Wikidata|follow-languages=fr|country=Peru',
				),
			],
		]);
		expect(ownFollows(revisions, 'Alice')).toEqual({
			topics: ['Grant writing'],
			languages: [],
			hubs: [],
		});
	});

	it('forgets a follow she took out, even when someone puts it back', () => {
		const revisions = history([
			['Alice', profile('|follow-topics=Grant writing|follow-hubs=Español')],
			['Alice', profile('|follow-hubs=Español')],
			['Mallory', profile('|follow-topics=grant writing|follow-hubs=Español')],
		]);
		expect(ownFollows(revisions, 'Alice')).toEqual({
			topics: [],
			languages: [],
			hubs: ['Español'],
		});
	});

	it('trusts nothing added across a hidden revision', () => {
		const revisions = history([
			['Alice', profile('')],
			['Mallory', undefined],
			['Alice', profile('|follow-languages=ar')],
		]);
		expect(ownFollows(revisions, 'Alice').languages).toEqual([]);
	});

	it('names a language code it does not know', () => {
		const problems: Problem[] = [];
		readParticipants(
			PAGE,
			profile('|follow-languages=ar, Arabic (ar)'),
			problems,
		);
		expect(problems.map((p) => [p.code, p.param, p.message])).toEqual([
			[
				'participant-unknown-language',
				'follow-languages',
				'"arabic (ar)" is not a known language code.',
			],
		]);
	});

	it('reads the follows from the profile', () => {
		const [p] = readParticipants(
			PAGE,
			profile(
				'|follow-topics=Grant writing, Wikidata|follow-languages=AR|follow-hubs=Español',
			),
			[],
		);
		expect(p.follow).toEqual({
			topics: ['Grant writing', 'Wikidata'],
			languages: ['ar'],
			hubs: ['Español'],
		});
	});
});

describe('which sessions are news', () => {
	const none = { topics: [], languages: [], hubs: [] };
	it('matches a topic in any case, a language spoken or interpreted, and a hub by name or root', () => {
		const s = session('a');
		expect(
			followsSession({ ...none, topics: ['grant  WRITING'] }, s, hub),
		).toBe(true);
		expect(followsSession({ ...none, topics: ['Wikidata'] }, s, hub)).toBe(
			false,
		);
		expect(followsSession({ ...none, languages: ['ar'] }, s, hub)).toBe(true);
		expect(followsSession({ ...none, languages: ['fr'] }, s, hub)).toBe(false);
		expect(followsSession({ ...none, hubs: ["let's connect"] }, s, hub)).toBe(
			true,
		);
		expect(followsSession({ ...none, hubs: [hub.root] }, s, hub)).toBe(true);
		expect(followsSession({ ...none, hubs: ['Español'] }, s, hub)).toBe(false);
	});

	it('tells of sessions ahead that are going ahead and open', () => {
		const now = new Date('2027-01-01T00:00:00Z');
		const list = [
			session('ahead'),
			session('past', { startUtc: '2026-12-01T10:00:00Z' }),
			session('cancelled', { status: 'cancelled' }),
			session('closed', { registration: 'closed' }),
		];
		expect(sessionsToTell(list, now).map((s) => s.id)).toEqual(['ahead']);
	});
});

describe('the message', () => {
	it('tells of each session once, several in one message, soonest first', () => {
		const a = session('a', { startUtc: '2027-01-20T10:00:00Z' });
		const b = session('b');
		const first = followMessage(undefined, [a, b], 'es', PAGE)!;
		expect(first.heading).toBe("2 sesiones nuevas de Let's Connect");
		expect(first.body.indexOf('Session b')).toBeLessThan(
			first.body.indexOf('Session a'),
		);
		expect(first.body).toContain('UTC');
		expect(first.body).toContain(`[[:${b.page}|Inscribirse]]`);
		const talk = withMessage(undefined, first, '~~~~');
		expect(talk).toContain(followMarker(a));
		expect(talk).toContain(followMarker(b));
		expect(followMessage(talk, [a, b], 'es', PAGE)).toBeUndefined();
		const c = session('c');
		const next = followMessage(talk, [a, b, c], 'en', PAGE)!;
		expect(next.heading).toBe("New Let's Connect session: Session c");
		expect(next.marker).toBe(followMarker(c));
	});

	it(`lists at most ${MAX_SESSIONS_PER_MESSAGE} sessions; the rest come next time`, () => {
		const many = Array.from({ length: MAX_SESSIONS_PER_MESSAGE + 3 }, (_, i) =>
			session(`s${i}`, {
				startUtc: `2027-01-${String(i + 10).padStart(2, '0')}T10:00:00Z`,
			}),
		);
		const message = followMessage(undefined, many, 'en', PAGE)!;
		expect(message.marker.split('\n')).toHaveLength(MAX_SESSIONS_PER_MESSAGE);
		const talk = withMessage(undefined, message, '~~~~');
		expect(
			followMessage(talk, many, 'en', PAGE)!.marker.split('\n'),
		).toHaveLength(3);
	});
});

describe("the bot's record of who was told", () => {
	it('adds who was told to what another run wrote, keeps only sessions still to tell, and reads anything else as empty', () => {
		const current = JSON.stringify({
			format: 1,
			told: {
				'R/Registrations/a': ['Bruno'],
				'R/Registrations/old': ['Alice'],
			},
		});
		const next = withFollowNews(
			current,
			new Map([
				['R/Registrations/a', ['Alice']],
				['R/Registrations/b', ['Alice']],
			]),
			new Set(['R/Registrations/a', 'R/Registrations/b']),
		);
		expect(parseFollowNews(next).told).toEqual({
			'R/Registrations/a': ['Alice', 'Bruno'],
			'R/Registrations/b': ['Alice'],
		});
		// The same again writes the same bytes: no edit.
		expect(
			withFollowNews(
				next,
				new Map(),
				new Set(['R/Registrations/a', 'R/Registrations/b']),
			),
		).toBe(next);
		expect(parseFollowNews('{"told": 3}').told).toEqual({});
		expect(parseFollowNews(undefined).told).toEqual({});
	});
});

describe('which sessions a liaison vouched for', () => {
	const call = (topic: string) =>
		`{{Let's Connect/Session|id=a|title=A|start=2027-01-20 14:00|topic=${topic}}}`;
	const trusted = new Set(['Lia']);
	it('only a session a liaison left as it is now', () => {
		expect(
			sessionVouched(history([['Mallory', call('Wikidata')]]), 'a', trusted),
		).toBe(false);
		expect(
			sessionVouched(
				history([
					['Lia', call('Grants')],
					['Mallory', call('Wikidata')],
				]),
				'a',
				trusted,
			),
		).toBe(false);
		expect(
			sessionVouched(
				history([
					['Mallory', call('Wikidata')],
					['Lia', `Intro.\n${call('Wikidata')}`],
				]),
				'a',
				trusted,
			),
		).toBe(true);
		// Text around the session changed by anyone later keeps it vouched.
		expect(
			sessionVouched(
				history([
					['Lia', call('Wikidata')],
					['Mallory', `${call('Wikidata')}\nNotes.`],
				]),
				'a',
				trusted,
			),
		).toBe(true);
	});
});

describe("the report's section of news for followers", () => {
	const page = (current: string) =>
		`Intro.\n\n== News for followers ==\n<!-- letsconnect:begin followers -->\n${current}\n<!-- letsconnect:end followers -->`;
	it('is rewritten when what it says changes, not for the run’s time alone', () => {
		const before = page(
			followersRegion('2026-12-01T10:00:00Z', 0, []).replace(/\n$/, ''),
		);
		const write = (at: string, told: number) =>
			messageSectionTransform(
				FOLLOWERS_REGION,
				followersRegion(at, told, []),
			)(before);
		expect(write('2026-12-02T10:00:00Z', 0)).toBe(before);
		expect(write('2026-12-02T10:00:00Z', 7)).toContain(
			'run of 2026-12-02 10:00:00 UTC: 7 messages left',
		);
	});
});
