// What install remembers of its own writes, and how it finds an on-wiki change made since: every
// install edit (the bot's, or an interface administrator's made from an edit request) carries
// the install summary, so the newest such revision in a page's history is what install last
// wrote. A page whose part install owns differs from that revision was improved on the wiki.
import { createHash } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import type { WikiClient } from '../wiki/client';
import { membersOf, recentRevisions, revisionText } from '../wiki/history';
import { regionNames, findRegion } from '../../shared/regions';

export const INSTALL_SUMMARY_PREFIX = "Let's Connect install:";

/** `Let's Connect install: repository at 1.4.0 (forced: merged by hand)`. */
export function installSummary(revision: string, force?: string): string {
	return `${INSTALL_SUMMARY_PREFIX} repository at ${revision}${force ? ` (forced: ${force})` : ''}`;
}

export function isInstallSummary(comment: string | undefined): boolean {
	return (comment ?? '').startsWith(INSTALL_SUMMARY_PREFIX);
}

/** The text outside the bot's regions: the bot rewrites what is inside at every sync, not install. */
export function outsideRegions(text: string): string {
	let result = text;
	for (const name of regionNames(text)) {
		const region = findRegion(result, name);
		if (typeof region !== 'string')
			result =
				result.slice(0, region.contentStart) + result.slice(region.contentEnd);
	}
	return result;
}

export interface InstalledRevision {
	revid: number;
	user: string;
	timestamp: string;
	text: string;
}

/** How far back install looks for its last write: a page edited more often than this is treated as changed. */
const HISTORY_DEPTH = 500;

/**
 * Whose install edits count: the account running install, and on MediaWiki: pages an interface
 * administrator (who applies an edit request). A summary anyone can type proves nothing alone.
 */
export interface InstallTrust {
	account: string;
}

/**
 * The newest revision of the page saved with an install summary by a trusted account, with its
 * text; undefined when none is in the last {@link HISTORY_DEPTH} revisions.
 */
export async function lastInstalled(
	bot: WikiClient,
	title: string,
	trust: InstallTrust,
): Promise<InstalledRevision | undefined> {
	const candidates = (await recentRevisions(bot, title, HISTORY_DEPTH))
		.filter((r) => isInstallSummary(r.comment) && r.user)
		.map((r) => ({
			revid: r.revid,
			user: r.user ?? '',
			timestamp: r.timestamp,
		}));
	const others = [
		...new Set(
			candidates.map((c) => c.user).filter((u) => u !== trust.account),
		),
	];
	const admins = title.startsWith('MediaWiki:')
		? new Set(await membersOf(bot, others, 'interface-admin'))
		: new Set<string>();
	const found = candidates.find(
		(c) => c.user === trust.account || admins.has(c.user),
	);
	if (!found) return undefined;
	const text = await revisionText(bot, title, found.revid);
	return { ...found, text };
}

/** A short fingerprint of what install owns on a page, for its memory. */
export function fingerprint(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}

/**
 * Install's memory, on the installing account's own `User:<name>/Installed.json` (a JSON page in
 * user space: only that account and interface administrators can edit it): for each page, the
 * fingerprint of the part install owns as it last wrote it or found it as the repository wants,
 * and for the labels page the repository's labels it merged (the base of the next merge).
 */
export interface InstallMemory {
	pages: Record<
		string,
		{ owned: string; labels?: Record<string, Record<string, unknown>> }
	>;
}

export function readMemory(text: string | undefined): InstallMemory {
	try {
		const value = JSON.parse(text ?? '') as Partial<InstallMemory>;
		return {
			pages:
				value && typeof value.pages === 'object' && value.pages
					? value.pages
					: {},
		};
	} catch {
		return { pages: {} };
	}
}

/**
 * The three texts side by side for a person to merge: what changed on the wiki since install
 * last wrote the page, and what the repository would change from there.
 */
export function threeWayDiff(
	title: string,
	base: InstalledRevision | undefined,
	onWiki: string,
	repository: string,
): string {
	const from = base ? `${base.text}\n` : '';
	const label = base
		? `as install wrote it (revision ${base.revid})`
		: 'never written by install';
	return [
		`On-wiki change to [[${title}]] since install last wrote it:`,
		createTwoFilesPatch(
			title,
			title,
			from,
			`${onWiki}\n`,
			label,
			'on the wiki now',
		),
		`What the repository would write there instead:`,
		createTwoFilesPatch(
			title,
			title,
			from,
			`${repository}\n`,
			label,
			'the repository',
		),
	].join('\n');
}
