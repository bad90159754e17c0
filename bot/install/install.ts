// `letsconnect install`: brings the templates, the module and the gadget on a wiki up to date
// with the repository, without touching what the bot or people wrote inside bot regions, and
// never over an improvement someone made on the wiki since install last wrote the page.
import { createTwoFilesPatch } from 'diff';
import type { WikiClient } from '../wiki/client';
import { findRegion, regionNames } from '../../shared/regions';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { ourGadgetLines, withGadgetLines } from './gadgets-definition';
import { withLabels } from './labels';
import {
	fingerprint,
	installSummary,
	lastInstalled,
	outsideRegions,
	readMemory,
	threeWayDiff,
	type InstallMemory,
	type InstallTrust,
	type InstalledRevision,
} from './on-wiki-changes';
import type { WikiSource } from './wiki-sources';

/** The page as the repository wants it, keeping the current content of its bot regions. */
export function withCurrentRegions(
	source: string,
	current: string | undefined,
): string {
	if (current === undefined) return source;
	let result = source;
	for (const name of regionNames(source)) {
		const existing = findRegion(current, name);
		const target = findRegion(result, name);
		if (typeof existing === 'string' || typeof target === 'string') continue;
		result =
			result.slice(0, target.contentStart) +
			current.slice(existing.contentStart, existing.contentEnd) +
			result.slice(target.contentEnd);
	}
	return result;
}

/** What install would make of the page, or why it leaves the page alone. */
function desiredText(
	source: WikiSource,
	current: string | undefined,
	memory: InstallMemory,
): string | { skip: string } {
	if (source.kind === 'gadget-definition')
		return withGadgetLines(current, source.text);
	if (source.kind === 'labels')
		return withLabels(current, source.text, memory.pages[source.title]?.labels);
	if (source.kind === 'create-only') return current ?? source.text;
	return withCurrentRegions(source.text, current);
}

/** The part of a page install owns: our lines of the shared definition page, else all but the bot's regions. */
function ownedPart(source: WikiSource, text: string): string {
	return source.kind === 'gadget-definition'
		? ourGadgetLines(text, source.text).join('\n')
		: outsideRegions(text);
}

/**
 * Whether the page holds a change install did not make: its owned part is neither what install
 * remembers writing (or finding as the repository wanted), nor what the newest trusted install
 * edit in its history left (a run stopped before it wrote its memory; a page from before the
 * memory), nor, for a page install never wrote, empty (a shared page holding no line of ours).
 */
async function onWikiChange(
	bot: WikiClient,
	source: WikiSource,
	current: string,
	memory: InstallMemory,
	trust: InstallTrust,
): Promise<{ changed: boolean; base?: InstalledRevision }> {
	const now = fingerprint(ownedPart(source, current));
	if (memory.pages[source.title]?.owned === now) return { changed: false };
	const base = await lastInstalled(bot, source.title, trust);
	return {
		changed: fingerprint(ownedPart(source, base?.text ?? '')) !== now,
		base,
	};
}

export interface InstallOptions {
	/** The repository's version, named in every summary. */
	revision: string;
	/** Overwrite on-wiki changes anyway, with this reason in the summary. */
	force?: string;
	/** Shows the three-way difference of a page left alone. */
	print: (text: string) => void;
	/** The installing account (whose install edits, and memory page, count). */
	account: string;
	/** Its memory: `User:<account>/Installed.json`. */
	memoryPage: string;
}

export interface InstallResult {
	outcomes: WriteOutcome[];
	/** Pages left as they were because someone changed them on the wiki since install wrote them (or while it ran). */
	changedOnWiki: string[];
}

/**
 * The memory with a page's entry updated. For the labels, the repository's labels as they were:
 * the next merge tells a translator's change (it differs from them) from a label nobody touched.
 */
function remember(
	memory: InstallMemory,
	source: WikiSource,
	text: string,
): void {
	const labels =
		source.kind === 'labels'
			? (JSON.parse(source.text) as Record<string, Record<string, unknown>>)
			: undefined;
	memory.pages[source.title] = {
		owned: fingerprint(ownedPart(source, text)),
		...(labels ? { labels } : {}),
	};
}

/**
 * Writes the sources (in their order) with the install summary. A page changed on the wiki since
 * install last wrote it is left alone, its three-way difference printed, unless `force` says why
 * to overwrite it. Bot regions are kept as they are, pages made only once are never rewritten,
 * and the labels are merged. What install wrote, or found as it wanted, is remembered.
 */
export async function install(
	bot: WikiClient,
	writer: PageWriter,
	sources: WikiSource[],
	options: InstallOptions,
): Promise<InstallResult> {
	const summary = installSummary(options.revision, options.force);
	const pages = await writer.read([
		...sources.map((s) => s.title),
		options.memoryPage,
	]);
	const memoryText = pages.get(options.memoryPage)?.text;
	const memory = readMemory(memoryText);
	const trust = { account: options.account };
	const outcomes: WriteOutcome[] = [];
	const changedOnWiki: string[] = [];
	for (const source of sources) {
		const read = pages.get(source.title);
		const desired = desiredText(source, read?.text, memory);
		if (typeof desired !== 'string') {
			outcomes.push(await writer.write(source.title, () => desired, summary));
			changedOnWiki.push(source.title);
			continue;
		}
		const owned = source.kind !== 'create-only' && source.kind !== 'labels';
		if (
			read &&
			owned &&
			ownedPart(source, desired) === ownedPart(source, read.text)
		) {
			// Already as the repository wants it (an edit request applied, a change merged): ours now.
			remember(memory, source, read.text);
		} else if (read && owned) {
			const { changed, base } = await onWikiChange(
				bot,
				source,
				read.text,
				memory,
				trust,
			);
			if (changed && !options.force) {
				options.print(threeWayDiff(source.title, base, read.text, desired));
				changedOnWiki.push(source.title);
				const since = base
					? `since install wrote revision ${base.revid} (${base.timestamp})`
					: 'since install last wrote it';
				const outcome: WriteOutcome = {
					title: source.title,
					action: 'skipped',
					reason: `changed on the wiki ${since}: nothing written. Bring the change into the repository, or run install again with --force "<why>"`,
				};
				writer.outcomes.push(outcome);
				outcomes.push(outcome);
				continue;
			}
		}
		// Decided on the text read: a page whose owned part changes while install runs is left for the next run.
		const outcome = await writer.write(
			source.title,
			(now) => {
				if (
					now !== read?.text &&
					(now === undefined ||
						read === undefined ||
						!owned ||
						ownedPart(source, now) !== ownedPart(source, read.text))
				)
					return {
						skip: 'changed on the wiki while install ran: run install again',
					};
				return desiredText(source, now, memory);
			},
			summary,
		);
		outcomes.push(outcome);
		if (outcome.action === 'skipped') changedOnWiki.push(source.title);
		if (
			outcome.action === 'created' ||
			outcome.action === 'edited' ||
			outcome.action === 'unchanged'
		) {
			const written = desiredText(source, read?.text, memory);
			if (typeof written === 'string' && source.kind !== 'create-only')
				remember(memory, source, written);
		}
	}
	// Compared as data: the wiki stores JSON in its own layout.
	if (JSON.stringify(memory) !== JSON.stringify(readMemory(memoryText))) {
		await writer.write(
			options.memoryPage,
			() => JSON.stringify(memory, null, '\t'),
			`${summary}: what install wrote`,
		);
	}
	return { outcomes, changedOnWiki };
}

export interface InterfaceRequest {
	/** The edit-request text, in wikitext, to post where the wiki's interface administrators look. */
	text: string;
	/** The pages that differ from the repository. */
	titles: string[];
	/** Of those, the pages someone changed on the wiki since install wrote them: the request warns. */
	changedOnWiki: string[];
}

/**
 * The edit request for the pages only an interface administrator may edit: for each page that
 * differs, the revision it came from and the exact change, and the summary that lets the next
 * install know the page as its own. Writes nothing.
 */
export async function interfaceRequest(
	bot: WikiClient,
	writer: PageWriter,
	sources: WikiSource[],
	options: Pick<InstallOptions, 'revision' | 'account' | 'memoryPage'>,
): Promise<InterfaceRequest> {
	const { revision } = options;
	const pages = await writer.read([
		...sources.map((s) => s.title),
		options.memoryPage,
	]);
	const memory = readMemory(pages.get(options.memoryPage)?.text);
	const parts: string[] = [];
	const titles: string[] = [];
	const changedOnWiki: string[] = [];
	for (const source of sources) {
		const read = pages.get(source.title);
		const desired = desiredText(source, read?.text, memory);
		if (typeof desired !== 'string' || desired === read?.text) continue;
		titles.push(source.title);
		// A change made on the wiki (a hotfix) would be undone by this diff: the request says so.
		const changed =
			read &&
			ownedPart(source, desired) !== ownedPart(source, read.text) &&
			(
				await onWikiChange(bot, source, read.text, memory, {
					account: options.account,
				})
			).changed;
		if (changed) changedOnWiki.push(source.title);
		const from = `${read ? `revision ${read.revid} ([[Special:PermanentLink/${read.revid}]])` : 'a new page'}${changed ? ". '''This page was changed on the wiki since Let's Connect last wrote it: the diff below would undo that change. Please do not apply it until the change is in the repository.'''" : ''}`;
		const diff = createTwoFilesPatch(
			source.title,
			source.title,
			read ? `${read.text}\n` : '',
			`${desired}\n`,
			read ? `revision ${read.revid}` : 'missing',
			`repository at ${revision}`,
		);
		parts.push(
			`=== [[${source.title}]] ===\nFrom ${from}:\n<syntaxhighlight lang="diff">\n${diff.replace(/<\/syntaxhighlight/gi, '<\\/syntaxhighlight')}</syntaxhighlight>`,
		);
	}
	if (titles.length === 0) return { text: '', titles, changedOnWiki };
	const text = [
		`== Interface edit request: Let's Connect gadget, repository at ${revision} ==`,
		'{{Edit request}}',
		`The Let's Connect gadget asks an interface administrator to update ${titles.length} page(s) to the repository at ${revision}. Each diff below is against the revision named above it; if the page has changed since, please say so here instead of applying it.`,
		'',
		`Please save each page with the edit summary <code>${installSummary(revision)}</code>: the bot's next install then knows the page as the one it asked for, and never overwrites a later change by anyone.`,
		'',
		...parts,
		'',
		'Requested with <code>letsconnect install --interface-request</code>. ~~~~',
	].join('\n');
	return { text, titles, changedOnWiki };
}
