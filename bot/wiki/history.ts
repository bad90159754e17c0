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

/** Those of `users` in the wiki's administrators' group (sysop), asked 50 names a request. */
export async function administrators(
	bot: Mwn,
	users: string[],
): Promise<string[]> {
	const admins: string[] = [];
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
			if (user.groups?.includes('sysop')) admins.push(user.name);
		}
	}
	return admins;
}
