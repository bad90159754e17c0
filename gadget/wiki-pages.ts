// Reads and writes wiki pages through mw.Api for the gadget: one request for the state of up to 50
// sessions; appends that the wiki itself adds to its newest revision (a rush of sign-ups never
// conflicts); and whole-page edits that carry baserevid and are retried on a conflict.
import { ApiFailure, settle } from './api-errors';
import {
	editBase,
	isConflict,
	whyNotSaved,
	type EditAnswer,
} from '../shared/api/edit-protocol';
import { queuePrefix, rosterPageTitle } from '../shared/model/titles';
import { parseRoster, type Roster } from '../shared/registrations/roster';
import type { QueueTicket } from '../shared/registrations/queue';

export interface PageRevision {
	text: string;
	/** The revision read: the base of an edit, so that any concurrent edit is a conflict. */
	revid: number;
	/** When it was saved (ISO 8601, the wiki's clock). */
	at: string;
}

/** Current revisions by title as asked (missing pages are absent): one request for every 50 titles. */
export async function fetchPages(
	api: mw.Api,
	titles: string[],
): Promise<{ pages: Map<string, PageRevision>; now: string }> {
	const pages = new Map<string, PageRevision>();
	let now = '';
	for (let i = 0; i < titles.length; i += 50) {
		const batch = await fetchBatch(api, titles.slice(i, i + 50));
		for (const [title, page] of batch.pages) pages.set(title, page);
		now ||= batch.now;
	}
	return { pages, now };
}

/**
 * One batch, following `continue`: an answer the API cut at its size limit leaves pages without
 * their text, and those are asked for again, never taken for missing pages.
 */
async function fetchBatch(
	api: mw.Api,
	titles: string[],
): Promise<{ pages: Map<string, PageRevision>; now: string }> {
	const pages = new Map<string, PageRevision>();
	let now = '';
	const query = {
		prop: 'revisions',
		rvprop: 'content|ids|timestamp',
		rvslots: 'main',
		titles,
		curtimestamp: true,
	};
	await queryRevisions(api, query, (response) => {
		now ||= response.curtimestamp ?? '';
		const asked = new Map<string, string>(
			(response.query?.normalized ?? []).map((n) => [n.to, n.from]),
		);
		for (const page of response.query?.pages ?? []) {
			const revision = page.revisions?.[0];
			const text = revision?.slots?.main?.content;
			if (revision && typeof text === 'string')
				pages.set(asked.get(page.title) ?? page.title, {
					text,
					revid: revision.revid,
					at: revision.timestamp ?? '',
				});
		}
	});
	return { pages, now };
}

/** A query of pages' revisions, each part of the answer to `read`, following `continue`. */
async function queryRevisions(
	api: mw.Api,
	query: Record<string, unknown>,
	read: (response: RevisionsAnswer) => void,
): Promise<void> {
	let next: Record<string, string> | undefined = {};
	while (next) {
		const response: RevisionsAnswer = await settle<RevisionsAnswer>(
			api.get({
				action: 'query',
				formatversion: 2,
				...query,
				...next,
			}) as unknown as JQuery.Promise<RevisionsAnswer>,
		);
		read(response);
		next = response.continue;
	}
}

/** What the API answers to a query of revisions (formatversion 2), as far as the gadget reads it. */
interface RevisionsAnswer {
	curtimestamp?: string;
	continue?: Record<string, string>;
	query?: {
		normalized?: { from: string; to: string }[];
		pages?: {
			title: string;
			ns?: number;
			revisions?: {
				revid: number;
				timestamp?: string;
				user?: string;
				slots?: { main?: { content?: string } };
			}[];
		}[];
	};
}

/** A registration page as it is now, with the bot's verified roster of it when there is one. */
export interface RegistrationRead {
	page: PageRevision;
	roster?: Roster;
	/** The wiki's clock when it answered. */
	now?: string;
}

/**
 * Registration pages by title, each with the roster the bot keeps of it in its own user space
 * (`bot`, from the reviewed settings): both in the same requests, 25 sessions a request.
 */
export async function fetchRegistrations(
	api: mw.Api,
	titles: string[],
	bot: string | undefined,
): Promise<Map<string, RegistrationRead>> {
	const rosterOf = (title: string) =>
		bot ? rosterPageTitle(bot, title) : undefined;
	const wanted = titles.flatMap((t) =>
		[t, rosterOf(t)].filter((x): x is string => x !== undefined),
	);
	const { pages, now } = await fetchPages(api, wanted);
	const result = new Map<string, RegistrationRead>();
	for (const title of titles) {
		const page = pages.get(title);
		const rosterTitle = rosterOf(title);
		if (page)
			result.set(title, {
				page,
				roster: rosterTitle
					? parseRoster(pages.get(rosterTitle)?.text, title)
					: undefined,
				now,
			});
	}
	return result;
}

/** One registration page and its roster as they are now, or a failure the reader can act on when the page does not exist. */
export async function fetchRegistration(
	api: mw.Api,
	title: string,
	bot: string | undefined,
): Promise<RegistrationRead> {
	const read = (await fetchRegistrations(api, [title], bot)).get(title);
	if (!read) throw new ApiFailure('no-registration-page');
	return read;
}

/**
 * A write the wiki answered without an error is still not saved when it says anything but
 * `Success` (a captcha, an edit filter's warning): the reader must hear that.
 */
async function postEdit(
	api: mw.Api,
	params: Record<string, unknown>,
): Promise<EditAnswer> {
	const response = await settle<{ edit?: EditAnswer }>(
		api.postWithEditToken(
			api.assertCurrentUser({ formatversion: 2, ...params } as never) as never,
		) as unknown as JQuery.Promise<{ edit?: EditAnswer }>,
	);
	if (!response.edit) throw new ApiFailure('ok-but-empty', response);
	const notSaved = whyNotSaved(response.edit);
	if (notSaved)
		throw new ApiFailure(
			notSaved.kind === 'captcha' ? 'edit-captcha' : 'edit-held',
			notSaved.kind === 'held' ? notSaved.detail : undefined,
		);
	return response.edit;
}

/**
 * Adds text at the end of an existing page. MediaWiki appends it to its newest revision itself,
 * so nothing anyone else wrote meanwhile can be overwritten. No baserevid on purpose: with one,
 * two appends in the same moment are an edit conflict (measured: 1 of 5 saved), without one all
 * 30 of a rush are saved in order.
 */
export async function appendToPage(
	api: mw.Api,
	title: string,
	appendtext: string,
	summary: string,
): Promise<void> {
	// One PHP process never answers editconflict to an append; a wiki of many servers can, when two
	// appends race for the same revision. Trying again is safe: a second line of someone already
	// listed changes nothing.
	await withConflictRetries(() =>
		postEdit(api, {
			action: 'edit',
			title,
			appendtext,
			summary,
			nocreate: true,
		}),
	);
}

/**
 * Takes the reader's ticket in the queue of a registration page: an edit of the page of their own
 * there, made or rewritten (its text holds the click's time, so it is always a new revision).
 * Returns the revision's id, the reader's place in the queue; undefined when the wiki saved none.
 */
export async function takeTicket(
	api: mw.Api,
	title: string,
	text: string,
	summary: string,
): Promise<number | undefined> {
	let revid: number | undefined;
	await withConflictRetries(async () => {
		const answer = await postEdit(api, {
			action: 'edit',
			title,
			text,
			summary,
		});
		revid = typeof answer?.newrevid === 'number' ? answer.newrevid : undefined;
	});
	return revid;
}

/**
 * Every ticket in the queue of a registration page, with its newest revision: one request for up
 * to 500 tickets, following `continue`. The titles are listed from the wiki's own index of pages
 * (by namespace and prefix), so a ticket saved a moment ago is there.
 */
export async function fetchQueue(
	api: mw.Api,
	registrationPage: string,
): Promise<QueueTicket[]> {
	const prefix = queuePrefix(registrationPage);
	const { namespace, name } = splitNamespace(
		prefix,
		mw.config.get('wgNamespaceIds') as Record<string, number>,
	);
	const tickets: QueueTicket[] = [];
	const query = {
		generator: 'allpages',
		gapnamespace: namespace,
		gapprefix: name,
		gaplimit: 'max',
		prop: 'revisions',
		rvprop: 'ids|timestamp|user',
	};
	await queryRevisions(api, query, (response) => {
		for (const page of response.query?.pages ?? []) {
			const revision = page.revisions?.[0];
			// The wiki's own spelling of the title: after its namespace, the prefix's length.
			const local =
				page.ns === 0
					? page.title
					: page.title.slice(page.title.indexOf(':') + 1);
			if (revision)
				tickets.push({
					user: local.slice(name.length),
					revid: revision.revid,
					at: revision.timestamp ?? '',
					author: revision.user ?? '',
				});
		}
	});
	return tickets;
}

/**
 * A title's namespace number and its name within it, by the wiki's own names and aliases
 * (`wgNamespaceIds`, lower case with underscores); a title without a known one is in the main one.
 */
function splitNamespace(
	title: string,
	namespaceIds: Record<string, number>,
): { namespace: number; name: string } {
	const colon = title.indexOf(':');
	const id =
		colon > 0
			? namespaceIds[
					title.slice(0, colon).trim().toLowerCase().replace(/ /g, '_')
				]
			: undefined;
	return id === undefined
		? { namespace: 0, name: title }
		: { namespace: id, name: title.slice(colon + 1).trim() };
}

/**
 * How long a reader's click may wait between tries of a conflicting save before they are told: on
 * a wiki of many servers a rush of 30 readers in one second is a storm of conflicts that takes
 * seconds to clear (measured on MariaDB with six workers: 15 s lost 5 of 30). Only the waits
 * count, not the time the wiki takes to answer each try: a slow wiki is no reason to give up on a
 * save that waits its turn. A cap on the whole (the last try may end a little after it) and on the
 * number of tries keeps nobody waiting for ever.
 */
const CONFLICT_WAIT_BUDGET_MS = 40000;
const CONFLICT_CAP_MS = 120000;
/** Tries in all: room for a storm of 30 readers (about 5 tries each on average), never a flood. */
const MAX_TRIES = 40;
/** A page missing after a read that found it (deleted, or moved): tried again this often only. */
const MISSING_TRIES = 2;

/**
 * Runs an edit again after a conflict, after a random wait of up to twice the last one's ceiling
 * (full jitter: readers who clicked together spread out instead of colliding again together),
 * until the waiting budget or the cap is spent.
 */
async function withConflictRetries(
	attempt: () => Promise<unknown>,
): Promise<void> {
	const started = Date.now();
	let waited = 0;
	for (let tries = 1; ; tries++) {
		try {
			await attempt();
			return;
		} catch (error) {
			const code = error instanceof ApiFailure ? error.code : '';
			const retriable =
				isConflict(code) && (code !== 'missingtitle' || tries < MISSING_TRIES);
			// Those who have waited longer wait less (past 2 s of waiting, in proportion): the first
			// to click tend to be served first.
			const age = Math.max(1, waited / 2000);
			const pause =
				50 +
				Math.round((Math.random() * Math.min(4000, 200 * 2 ** tries)) / age);
			const spent =
				tries >= MAX_TRIES ||
				waited + pause > CONFLICT_WAIT_BUDGET_MS ||
				Date.now() + pause > started + CONFLICT_CAP_MS;
			if (!retriable || spent) throw error;
			waited += pause;
			await new Promise<void>((resolve) => {
				setTimeout(resolve, pause);
			});
		}
	}
}

/** Returns the new text and summary, or null when nothing is to be written. */
export type PageTransform = (
	current: string,
	/** The wiki's clock when it was read. */
	now: string,
) => { text: string; summary: string } | null;

export interface EditOptions {
	/** Create the page when it is missing (a reader's own profile); otherwise a missing page is an error. */
	create?: boolean;
}

/**
 * Applies a transform to the page as it is now and saves it with `baserevid` (and no
 * `basetimestamp`), so that any edit made in between is a conflict, never a silent overwrite;
 * a conflict reads the page again and applies the transform again.
 */
export async function editPage(
	api: mw.Api,
	title: string,
	transform: PageTransform,
	options: EditOptions = {},
): Promise<void> {
	await withConflictRetries(async () => {
		const { pages, now } = await fetchPages(api, [title]);
		const current = pages.get(title);
		if (!current && !options.create)
			throw new ApiFailure('no-registration-page');
		const change = transform(current?.text ?? '', now);
		if (!change) return;
		await postEdit(api, {
			action: 'edit',
			title,
			text: change.text,
			summary: change.summary,
			...editBase(current?.revid, now),
		});
	});
}

/** Whether a page exists (one small request; a failure says no: the caller only words a button by it). */
export async function pageExists(api: mw.Api, title: string): Promise<boolean> {
	try {
		const response = (await api.get({
			action: 'query',
			titles: title,
			formatversion: 2,
		})) as { query?: { pages?: { missing?: boolean }[] } };
		const page = response.query?.pages?.[0];
		return page !== undefined && !page.missing;
	} catch {
		return false;
	}
}

/** A language as `meta=languageinfo` gives it. */
export interface LanguageInfo {
	code: string;
	name?: string;
	autonym?: string;
}

/** Every language the wiki knows, names in `uselang`, following `continue` (it answers in parts). */
export async function languageInfo(
	api: mw.Api,
	uselang: string,
): Promise<LanguageInfo[]> {
	const languages: LanguageInfo[] = [];
	for (let next: Record<string, string> | undefined = {}; next; ) {
		const response = (await api.get({
			action: 'query',
			meta: 'languageinfo',
			liprop: 'code|name|autonym',
			uselang,
			formatversion: 2,
			...next,
		})) as {
			query?: { languageinfo?: Record<string, LanguageInfo> };
			continue?: Record<string, string>;
		};
		languages.push(...Object.values(response.query?.languageinfo ?? {}));
		next = response.continue;
	}
	return languages;
}
