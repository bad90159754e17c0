// `letsconnect install`: brings the templates, the module and the gadget on a wiki up to date
// with the repository, without touching what the bot or people wrote inside bot regions.
import { findRegion, regionNames } from '../../shared/regions';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
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

/** The gadget name a definition line declares (`* name[options]|files`). */
function gadgetNameOf(line: string): string | undefined {
  return /^\*\s*([\w-]+)\s*[[|]/.exec(line)?.[1];
}

/**
 * Puts our gadgets' definition lines in MediaWiki:Gadgets-definition: each replaces the line of
 * the same gadget where there is one, the others are added; every other line is kept.
 */
export function withGadgetLine(current: string | undefined, lines: string): string {
  const wanted = lines.split('\n').filter((l) => gadgetNameOf(l) !== undefined);
  if (current === undefined || current.trim() === '') return `== lets-connect ==\n${wanted.join('\n')}`;
  const existing = current.split('\n');
  const missing: string[] = [];
  for (const line of wanted) {
    const index = existing.findIndex((l) => gadgetNameOf(l) === gadgetNameOf(line));
    if (index === -1) missing.push(line);
    else existing[index] = line;
  }
  const text = existing.join('\n').replace(/\s+$/, '');
  return missing.length > 0 ? `${text}\n${missing.join('\n')}` : text;
}

export async function install(writer: PageWriter, sources: WikiSource[], revision: string): Promise<WriteOutcome[]> {
  const summary = `Let's Connect install: repository at ${revision}`;
  const outcomes: WriteOutcome[] = [];
  for (const source of sources) {
    const transform = source.kind === 'gadget-definition'
      ? (current: string | undefined) => withGadgetLine(current, source.text)
      : source.kind === 'create-only'
        ? (current: string | undefined) => current ?? source.text
        : (current: string | undefined) => withCurrentRegions(source.text, current);
    outcomes.push(await writer.write(source.title, transform, summary));
  }
  return outcomes;
}
