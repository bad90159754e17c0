// `letsconnect install`: brings the templates, the module and the gadget on a wiki up to date
// with the repository, without touching what the bot or people wrote inside bot regions.
import { findRegion, regionNames, replaceRegion } from '../../shared/regions';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { GADGET_NAME, type WikiSource } from './wiki-sources';

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

/** Puts our gadget's definition line in MediaWiki:Gadgets-definition, replacing an older one. */
export function withGadgetLine(current: string | undefined, line: string): string {
  const ours = new RegExp(`^\\*\\s*${GADGET_NAME}\\s*\\[.*$`, 'm');
  if (current === undefined || current.trim() === '') return `== lets-connect ==\n${line}`;
  if (ours.test(current)) return current.replace(ours, line);
  return `${current.replace(/\s+$/, '')}\n${line}`;
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
