// The liaisons whose edits count for other people (places, choices, sharers): named on the root's
// Config, and named there by someone trusted already: an administrator, the bot (install's
// --liaisons), or a liaison named that way. The Config is a page anyone can edit: a name a
// stranger adds counts for nothing until someone trusted names it.
import { readConfig } from './config-page';
import { normaliseUsername } from '../model/usernames';
import { problem, type Problem } from '../model/problems';
import type { PageRevisionRecord, Trust } from '../registrations/verify-places';

export interface LiaisonCheck {
	/** Named on the Config now, and by someone trusted. */
	trusted: string[];
	/** Named on the Config now by someone else: who named them, in which revision. */
	unconfirmed: { user: string; by: string; revision: number }[];
}

/** Replays the Config's history (oldest first). */
export function checkLiaisons(
	title: string,
	revisions: PageRevisionRecord[],
	trust: Pick<Trust, 'bot' | 'admins'>,
): LiaisonCheck {
	const admins = new Set([...trust.admins, trust.bot].map(normaliseUsername));
	let named: string[] = [];
	const confirmed = new Set<string>();
	const namedBy = new Map<string, { by: string; revision: number }>();
	for (const revision of revisions) {
		if (revision.text === undefined) continue;
		const now = readConfig(title, revision.text, []).liaisons;
		const author =
			revision.user === undefined ? '' : normaliseUsername(revision.user);
		const trusted = admins.has(author) || confirmed.has(author);
		for (const user of now.filter((u) => !named.includes(u))) {
			namedBy.set(user, { by: author, revision: revision.revid });
			if (trusted) confirmed.add(user);
		}
		// Taken off by someone trusted: no longer a liaison (even if put back by someone else).
		if (trusted)
			for (const user of named.filter((u) => !now.includes(u)))
				confirmed.delete(user);
		named = now;
	}
	return {
		trusted: named.filter((u) => confirmed.has(u)),
		unconfirmed: named
			.filter((u) => !confirmed.has(u))
			.map((user) => ({
				user,
				...(namedBy.get(user) ?? { by: '', revision: 0 }),
			})),
	};
}

export function unconfirmedLiaisonProblems(
	check: LiaisonCheck,
	page: string,
): Problem[] {
	return check.unconfirmed.map(({ user, by, revision }) =>
		problem(
			'config-liaison-unconfirmed',
			`${user} was named a liaison by ${by ? `[[User:${by}|${by}]]` : 'an editor whose name is hidden'} in [[Special:Diff/${revision}|revision ${revision}]], who is neither an administrator nor a liaison, so ${user}'s edits of other people's registrations count as anyone's. An administrator or a liaison confirms a liaison by naming them on this page.`,
			{ page, param: 'liaisons', revision },
			'warning',
		),
	);
}
