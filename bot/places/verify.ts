// Reading side of verified places: for each registration page, the bot's roster of it (its own
// JSON page) brought up to the revision this run read, by replaying the page's history since.
// Nothing is written here; sync writes the rosters, the restorations and the messages.
import { rosterPageTitle } from '../../shared/model/titles';
import {
	emptyRoster,
	parseRoster,
	type Roster,
} from '../../shared/registrations/roster';
import {
	verifyPlaces,
	type PageRevisionRecord,
} from '../../shared/registrations/verify-places';
import { administrators, revisionsSince } from '../wiki/history';
import type { ReadPage, WikiClient } from '../wiki/client';
import type { PageWriter } from '../wiki/page-writer';
import type { Session } from '../../shared/model/session';
import { normaliseUsername } from '../../shared/model/usernames';
import { sharersWhoAgreed } from './sharers';

export interface VerifiedPage {
	title: string;
	/** The bot's JSON page of it. */
	rosterTitle: string;
	/** What that page held (undefined: no roster yet, or not one the bot wrote). */
	stored?: Roster;
	/** The roster verified through the revision this run read. */
	roster: Roster;
	/** The page's text at that revision: the base of any restoration. */
	text: string;
	/** The bot's page exists but does not hold a roster of this page. */
	unreadable: boolean;
}

export interface PlacesToVerify {
	/** Registration pages as this run read them, by title. */
	pages: Map<string, ReadPage>;
	/** The session's capacity by registration page title, to know who waited. */
	capacities: Map<string, number | undefined>;
	liaisons: string[];
	/** The session of each registration page, by title: its sharers may mark who came. */
	sessions?: Map<string, Pick<Session, 'page' | 'id' | 'sharers'>>;
}

/**
 * The sharers whose marks of who came count on this page: those a liaison or an administrator
 * named, read from the session page's history only when one of them edited the registration page
 * since its roster.
 */
async function markingSharers(
	bot: WikiClient,
	writer: Pick<PageWriter, 'read'>,
	session: Pick<Session, 'page' | 'id' | 'sharers'> | undefined,
	revisions: PageRevisionRecord[],
	liaisons: string[],
): Promise<string[]> {
	const named = (session?.sharers ?? []).map(normaliseUsername);
	const authors = new Set(
		revisions.map((r) => normaliseUsername(r.user ?? '')),
	);
	if (!session || !named.some((s) => authors.has(s))) return [];
	// Naming oneself a sharer is no authority over who came: only a liaison's or an
	// administrator's naming is.
	const agreed = await sharersWhoAgreed(bot, writer, session, liaisons, {
		selfNamed: false,
	});
	return named.filter((s) => agreed.has(s));
}

/**
 * The text a page is taken to have had at its roster's revision when its history no longer has
 * that revision (deleted and made again): the roster's own lines, so that only what was there
 * is kept and everything else is judged anew.
 */
function textOfRoster(roster: Roster): string {
	return roster.entries.flatMap((e) => e.own).join('\n');
}

async function history(
	bot: WikiClient,
	title: string,
	roster: Roster,
	through: number,
): Promise<{ base: string; revisions: PageRevisionRecord[] }> {
	if (roster.revision === 0)
		return {
			base: '',
			revisions: await revisionsSince(bot, title, undefined, through),
		};
	// A revision id that is no longer this page's (deleted, the page made again) is read by the wiki
	// as a time: the revisions after it come back, and the first is not the roster's.
	const revisions = await revisionsSince(bot, title, roster.revision, through);
	const [first, ...rest] = revisions;
	if (first?.revid === roster.revision && first.text !== undefined)
		return { base: first.text, revisions: rest };
	return {
		base: textOfRoster(roster),
		revisions: revisions.filter((r) => r.revid > roster.revision),
	};
}

/**
 * Every registration page's verified roster, by title. The rosters come in one batch read; only a
 * page changed since its roster costs history requests; the authors' groups come in one request
 * for every 50 of them.
 */
export async function verifyRegistrations(
	bot: WikiClient,
	writer: Pick<PageWriter, 'read' | 'account'>,
	input: PlacesToVerify,
): Promise<Map<string, VerifiedPage>> {
	const rosterTitles = new Map(
		[...input.pages.keys()].map((title) => [
			title,
			rosterPageTitle(writer.account, title),
		]),
	);
	const stored = await writer.read([...rosterTitles.values()]);
	const replays = new Map<
		string,
		{
			from: Roster;
			base: string;
			revisions: PageRevisionRecord[];
			stored?: Roster;
			unreadable: boolean;
		}
	>();
	for (const [title, page] of input.pages) {
		const text = stored.get(rosterTitles.get(title) as string)?.text;
		const parsed = parseRoster(text, title);
		const from = parsed ?? emptyRoster(title);
		const replay =
			from.revision === page.revid
				? { base: page.text, revisions: [] }
				: await history(bot, title, from, page.revid);
		replays.set(title, {
			from,
			...replay,
			stored: parsed,
			unreadable: text !== undefined && !parsed,
		});
	}
	const authors = [...replays.values()].flatMap((r) =>
		r.revisions.map((rev) => rev.user ?? ''),
	);
	const trust = {
		bot: writer.account,
		liaisons: input.liaisons,
		admins: await administrators(bot, authors),
	};
	const result = new Map<string, VerifiedPage>();
	for (const [title, replay] of replays) {
		const page = input.pages.get(title) as ReadPage;
		const sharers = await markingSharers(
			bot,
			writer,
			input.sessions?.get(title),
			replay.revisions,
			input.liaisons,
		);
		const roster = verifyPlaces(
			replay.from,
			replay.base,
			replay.revisions,
			{ ...trust, sharers },
			input.capacities.get(title),
		);
		roster.revision = page.revid;
		result.set(title, {
			title,
			rosterTitle: rosterTitles.get(title) as string,
			stored: replay.stored,
			roster,
			text: page.text,
			unreadable: replay.unreadable,
		});
	}
	return result;
}
