// A page's history and the groups of its authors: what the bot needs to know who did what.
import type { Mwn } from 'mwn';
import type { PageRevisionRecord } from '../../shared/registrations/verify-places';

interface HistoryRow {
	revid: number;
	timestamp: string;
	user?: string;
	userhidden?: boolean;
	slots?: { main?: { content?: string; texthidden?: boolean } };
}

/**
 * The page's revisions from `from` (included; the first revision when undefined) through
 * `through`, oldest first, with their authors and texts (undefined where hidden), following
 * `continue`. A page whose history no longer has `from` (deleted and made again) gives the
 * revisions it has after it.
 */
export async function revisionsSince(
	bot: Mwn,
	title: string,
	from: number | undefined,
	through: number,
): Promise<PageRevisionRecord[]> {
	const revisions: PageRevisionRecord[] = [];
	const params = {
		action: 'query',
		prop: 'revisions',
		titles: title,
		rvprop: 'ids|user|timestamp|content',
		rvslots: 'main',
		rvdir: 'newer',
		rvlimit: 'max',
		rvendid: through,
		...(from ? { rvstartid: from } : {}),
	};
	for await (const response of bot.continuedQueryGen(params)) {
		for (const row of (response.query?.pages?.[0]?.revisions ??
			[]) as HistoryRow[]) {
			const main = row.slots?.main;
			revisions.push({
				revid: Number(row.revid),
				timestamp: String(row.timestamp),
				user: row.userhidden ? undefined : row.user,
				text:
					main && !main.texthidden && typeof main.content === 'string'
						? main.content
						: undefined,
			});
		}
	}
	return revisions;
}

/** Who saved the page since `since` (an ISO time), oldest first: authors only, no texts. */
export async function authorsSince(
	bot: Mwn,
	title: string,
	since: string,
): Promise<string[]> {
	const authors: string[] = [];
	const params = {
		action: 'query',
		prop: 'revisions',
		titles: title,
		rvprop: 'user|timestamp',
		rvdir: 'newer',
		rvlimit: 'max',
		rvstart: since,
	};
	for await (const response of bot.continuedQueryGen(params)) {
		for (const row of (response.query?.pages?.[0]?.revisions ??
			[]) as HistoryRow[])
			if (!row.userhidden && row.user) authors.push(row.user);
	}
	return authors;
}

/** Those of `users` in a user group of the wiki, asked 50 names a request. */
export async function membersOf(
	bot: Mwn,
	users: string[],
	group: string,
): Promise<string[]> {
	const members: string[] = [];
	const unique = [...new Set(users)].filter((u) => u !== '');
	for (let i = 0; i < unique.length; i += 50) {
		const response = await bot.request(
			{
				action: 'query',
				list: 'users',
				ususers: unique.slice(i, i + 50),
				usprop: 'groups',
			},
			{ method: 'post' },
		);
		for (const user of (response.query?.users ?? []) as {
			name: string;
			groups?: string[];
		}[]) {
			if (user.groups?.includes(group)) members.push(user.name);
		}
	}
	return members;
}

/** Those of `users` in the wiki's administrators' group (sysop). */
export const administrators = (bot: Mwn, users: string[]) =>
	membersOf(bot, users, 'sysop');

/** One revision as a page's history lists it, without its text. */
export interface RevisionSummary {
	revid: number;
	timestamp: string;
	/** Undefined when the name is hidden. */
	user?: string;
	comment?: string;
}

/** The page's newest revisions, newest first, at most `depth` of them (following `continue`). */
export async function recentRevisions(
	bot: Mwn,
	title: string,
	depth: number,
): Promise<RevisionSummary[]> {
	const revisions: RevisionSummary[] = [];
	for (
		let next: Record<string, string> | undefined = {};
		next && revisions.length < depth;
	) {
		const response = await bot.request({
			action: 'query',
			prop: 'revisions',
			titles: title,
			rvprop: 'ids|user|timestamp|comment',
			rvlimit: Math.min(50, depth - revisions.length),
			...next,
		});
		next = response.continue;
		for (const row of (response.query?.pages?.[0]?.revisions ?? []) as {
			revid: number;
			user?: string;
			userhidden?: boolean;
			timestamp: string;
			comment?: string;
		}[])
			revisions.push({
				revid: Number(row.revid),
				timestamp: String(row.timestamp),
				...(row.userhidden || !row.user ? {} : { user: row.user }),
				...(row.comment === undefined ? {} : { comment: row.comment }),
			});
	}
	return revisions;
}

/** The text of one revision; an error when the wiki does not give it (hidden, deleted). */
export async function revisionText(
	bot: Mwn,
	title: string,
	revid: number,
): Promise<string> {
	const response = await bot.request({
		action: 'query',
		prop: 'revisions',
		revids: revid,
		rvprop: 'content',
		rvslots: 'main',
	});
	const text = response.query?.pages?.[0]?.revisions?.[0]?.slots?.main?.content;
	if (typeof text !== 'string')
		throw new Error(
			`The wiki did not return the text of revision ${revid} of [[${title}]].`,
		);
	return text;
}
