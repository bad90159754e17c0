// A sharer is reminded only when they agreed to be named: the revision of the session's page that
// named them was their own, or one of a liaison's or an administrator's (who may also give
// places) that changed the sharers. Anyone can type twelve names into a page; only those people's
// accounts, or an account the programme trusts, can vouch for them.
import { isValidUsername, normaliseUsername } from '../model/usernames';
import { splitList } from '../wikitext/lists';
import { unescapeTemplateValue } from '../wikitext/escape';
import { getParam } from '../wikitext/template-parser';
import type { PageRevisionRecord, Trust } from '../registrations/verify-places';
import { sessionCalls } from './read-sessions';

/**
 * The sharers a revision's text names for the session, read from its `sharers` value as written
 * (a session that fails another rule still names its sharers: fixing its date is no agreement).
 */
export function sharersNamed(text: string, sessionId: string): string[] {
	const call = sessionCalls(text).find(
		(c) => (getParam(c, 'id') ?? '').trim() === sessionId,
	);
	const value = call ? (getParam(call, 'sharers') ?? '') : '';
	return splitList(unescapeTemplateValue(value))
		.filter(isValidUsername)
		.map(normaliseUsername);
}

/**
 * The sharers of the session, as its page's history (oldest first) stands, who agreed: each named
 * by their own revision (one that changed the sharers), or present when a liaison's (or an
 * administrator's) revision changed the sharers. With `selfNamed: false`, only those a
 * liaison's or an administrator's revision named.
 */
export function agreedSharers(
	revisions: PageRevisionRecord[],
	sessionId: string,
	trust: Pick<Trust, 'liaisons' | 'admins'>,
	options: { selfNamed?: boolean } = {},
): Set<string> {
	const trusted = new Set(
		[...trust.liaisons, ...trust.admins].map(normaliseUsername),
	);
	let named: string[] = [];
	const agreed = new Set<string>();
	for (const revision of revisions) {
		if (revision.text === undefined) continue;
		const now = sharersNamed(revision.text, sessionId);
		const author =
			revision.user === undefined ? '' : normaliseUsername(revision.user);
		const changed = [...now].sort().join('\n') !== [...named].sort().join('\n');
		for (const sharer of named.filter((s) => !now.includes(s)))
			agreed.delete(sharer);
		if (changed && trusted.has(author))
			for (const sharer of now) agreed.add(sharer);
		// Naming oneself is agreeing to share (and to be reminded); `selfNamed: false` asks for the
		// sharers the programme named (who may mark who came).
		if (changed && now.includes(author) && options.selfNamed !== false)
			agreed.add(author);
		named = now;
	}
	return new Set(named.filter((s) => agreed.has(s)));
}
