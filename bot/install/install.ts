// `letsconnect install`: brings the templates, the module and the gadget on a wiki up to date
// with the repository, without touching what the bot or people wrote inside bot regions, and
// never over an improvement someone made on the wiki since install last wrote the page.
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { findRegion, regionNames } from '../../shared/regions';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { ourGadgetLines, withGadgetLines } from './gadgets-definition';
import { withLabels } from './labels';
import { installSummary, lastInstalled, outsideRegions, threeWayDiff, type InstalledRevision } from './on-wiki-changes';
import type { WikiSource } from './wiki-sources';

/** The page as the repository wants it, keeping the current content of its bot regions. */
export function withCurrentRegions(source: string, current: string | undefined): string {
  if (current === undefined) return source;
  let result = source;
  for (const name of regionNames(source)) {
    const existing = findRegion(current, name);
    const target = findRegion(result, name);
    if (typeof existing === 'string' || typeof target === 'string') continue;
    result = result.slice(0, target.contentStart) + current.slice(existing.contentStart, existing.contentEnd) + result.slice(target.contentEnd);
  }
  return result;
}

/** What install would make of the page, or why it leaves the page alone. */
function desiredText(source: WikiSource, current: string | undefined): string | { skip: string } {
  if (source.kind === 'gadget-definition') return withGadgetLines(current, source.text);
  if (source.kind === 'labels') return withLabels(current, source.text);
  if (source.kind === 'create-only') return current ?? source.text;
  return withCurrentRegions(source.text, current);
}

/** The part of a page install owns: our lines of the shared definition page, else all but the bot's regions. */
function ownedPart(source: WikiSource, text: string): string {
  return source.kind === 'gadget-definition' ? ourGadgetLines(text, source.text).join('\n') : outsideRegions(text);
}

/** Whether the page holds an on-wiki change install did not make, and the revision install last wrote. */
async function onWikiChange(bot: Mwn, source: WikiSource, current: { text: string; revid: number }): Promise<{ changed: boolean; base?: InstalledRevision }> {
  const base = await lastInstalled(bot, source.title);
  // Never written by install: as if install had left the page empty (a shared page holds no line of ours yet).
  return { changed: base?.revid !== current.revid && ownedPart(source, base?.text ?? '') !== ownedPart(source, current.text), base };
}

export interface InstallOptions {
  /** The repository's version, named in every summary. */
  revision: string;
  /** Overwrite on-wiki changes anyway, with this reason in the summary. */
  force?: string;
  /** Shows the three-way difference of a page left alone. */
  print: (text: string) => void;
}

export interface InstallResult {
  outcomes: WriteOutcome[];
  /** Pages left as they were because someone changed them on the wiki since install wrote them. */
  changedOnWiki: string[];
}

/**
 * Writes the sources (in their order) with the install summary. A page changed on the wiki since
 * install last wrote it is left alone, its three-way difference printed, unless `force` says why
 * to overwrite it. Bot regions are kept as they are, and pages made only once are never rewritten.
 */
export async function install(bot: Mwn, writer: PageWriter, sources: WikiSource[], options: InstallOptions): Promise<InstallResult> {
  const summary = installSummary(options.revision, options.force);
  const pages = await writer.read(sources.map((s) => s.title));
  const outcomes: WriteOutcome[] = [];
  const changedOnWiki: string[] = [];
  for (const source of sources) {
    const read = pages.get(source.title);
    const desired = desiredText(source, read?.text);
    // Pages made once, and the labels (merged), never lose what the wiki has: no check needed.
    if (read && typeof desired === 'string' && desired !== read.text && source.kind !== 'create-only' && source.kind !== 'labels') {
      const { changed, base } = await onWikiChange(bot, source, read);
      if (changed && !options.force) {
        options.print(threeWayDiff(source.title, base, read.text, desired));
        changedOnWiki.push(source.title);
        const since = base ? `since install wrote revision ${base.revid} (${base.timestamp})` : 'and install never wrote it';
        const outcome: WriteOutcome = { title: source.title, action: 'skipped', reason: `changed on the wiki ${since}: nothing written. Bring the change into the repository, or run install again with --force "<why>"` };
        writer.outcomes.push(outcome);
        outcomes.push(outcome);
        continue;
      }
    }
    // What was decided on is the text read: a page changed while install runs is left for the next run.
    outcomes.push(await writer.write(source.title, (now) => (now === read?.text ? desiredText(source, now) : { skip: 'changed on the wiki while install ran: run install again' }), summary));
  }
  return { outcomes, changedOnWiki };
}

export interface InterfaceRequest {
  /** The edit-request text, in wikitext, to post where the wiki's interface administrators look. */
  text: string;
  /** The pages that differ from the repository. */
  titles: string[];
}

/**
 * The edit request for the pages only an interface administrator may edit: for each page that
 * differs, the revision it came from and the exact change, and the summary that lets the next
 * install know the page as its own. Writes nothing.
 */
export async function interfaceRequest(writer: PageWriter, sources: WikiSource[], revision: string): Promise<InterfaceRequest> {
  const pages = await writer.read(sources.map((s) => s.title));
  const parts: string[] = [];
  const titles: string[] = [];
  for (const source of sources) {
    const read = pages.get(source.title);
    const desired = desiredText(source, read?.text);
    if (typeof desired !== 'string' || desired === read?.text) continue;
    titles.push(source.title);
    const from = read ? `revision ${read.revid} ([[Special:PermanentLink/${read.revid}]])` : 'a new page';
    const diff = createTwoFilesPatch(source.title, source.title, read ? `${read.text}\n` : '', `${desired}\n`, read ? `revision ${read.revid}` : 'missing', `repository at ${revision}`);
    parts.push(`=== [[${source.title}]] ===\nFrom ${from}:\n<syntaxhighlight lang="diff">\n${diff.replace(/<\/syntaxhighlight/gi, '<\\/syntaxhighlight')}</syntaxhighlight>`);
  }
  if (titles.length === 0) return { text: '', titles };
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
  return { text, titles };
}
