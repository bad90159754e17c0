// The Bot report's words for edits of other people's registration lines: who, what, which
// revision, and why nobody's place changed.
import { problem, type Problem } from '../model/problems';
import type { Finding, FindingKind } from './roster';

const CODES: Record<FindingKind, string> = {
	'added': 'registration-line-typed',
	'uncancelled': 'registration-line-uncancelled-by-other',
	'cancelled': 'registration-line-cancelled-by-other',
	'deleted': 'registration-line-deleted-by-other',
	'changed': 'registration-line-changed-by-other',
	'moved': 'registration-lines-moved',
	'not-a-user': 'registration-line-not-a-user',
	'attendance': 'attendance-not-counted',
};

/** The first ten names, and how many more (those a finding did not keep counted too). */
function names(users: string[], more = 0): string {
	const total = users.length + more;
	return total <= 10
		? users.join(', ')
		: `${users.slice(0, 10).join(', ')} and ${total - 10} more`;
}

function whatHappened(f: Finding): string {
	const whose = names(f.users, f.more);
	const one = f.users.length === 1 && !f.more;
	switch (f.kind) {
		case 'added':
			return `added ${one ? 'a line' : 'lines'} for ${whose}. A line holds a place only when the person's own edit adds it (or a liaison's or an administrator's), so ${one ? 'it holds' : 'they hold'} none. ${one ? 'That person signs' : 'Those people sign'} up themselves, or a liaison adds the line.`;
		case 'uncancelled':
			return `made the cancelled line of ${whose} count again. Only the person or a liaison can sign them up again, so it holds no place and the bot marks it cancelled again.`;
		case 'cancelled':
			return `marked ${whose}'s registration as cancelled. Only the person or a liaison can cancel, so ${one ? 'their place is kept' : 'their places are kept'} and the bot puts their own line back.`;
		case 'deleted':
			return `deleted the line of ${whose}. Only the person or a liaison can cancel, so ${one ? 'their place is kept' : 'their places are kept'} and the bot puts their own line back.`;
		case 'changed':
			return `changed the line of ${whose} (a choice such as reminders or language). Only the person or a liaison can change it, so the bot keeps and puts back their own words.`;
		case 'moved':
			return `moved the line of ${whose}. Places follow the time each person signed up, not where a line stands, so nobody's place changed.`;
		case 'attendance':
			return `marked ${whose} as having come. Only the session's sharers (named by a liaison or an administrator) and the liaisons on the Config take attendance, so ${one ? 'this mark does' : 'these marks do'} not count until one of them saves the page with ${one ? 'it' : 'them'} (the Take attendance sheet shows ${one ? 'it' : 'them'} ticked).`;
		case 'not-a-user':
			return `added ${one ? 'a line' : 'lines'} for ${whose}, which ${one ? 'is not an account' : 'are not accounts'} (an IP address holds no place).`;
	}
}

/** One report line per finding, newest first. */
export function findingProblems(
	findings: Finding[],
	page: string,
	sessionId: string,
): Problem[] {
	return [...findings].reverse().map((f) => {
		const who =
			f.author === ''
				? 'An editor the bot cannot name (the revision before was hidden, so it cannot tell who wrote what)'
				: /^[\d.:a-f]+$/i.test(f.author) && /[.:]/.test(f.author)
					? `[[Special:Contributions/${f.author}|${f.author}]]`
					: `[[User:${f.author}|${f.author}]]`;
		const when = f.at.replace('T', ' ').replace(/:\d\dZ$/, ' UTC');
		return problem(
			CODES[f.kind],
			`${who}, in [[Special:Diff/${f.revision}|revision ${f.revision}]] (${when}), ${whatHappened(f)}`,
			{ page, sessionId, revision: f.revision },
			'warning',
		);
	});
}
