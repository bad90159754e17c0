// The labels page (`Module:Let's Connect/labels.json`) belongs to its translators as much as to
// the repository: install adds the labels and languages the wiki lacks, and keeps every label
// written on the wiki, so a translation or a correction made there is never lost.

type Labels = Record<string, Record<string, unknown>>;

function parse(text: string): Labels | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Labels) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page with the repository's labels under the wiki's (the wiki's win), languages in the
 * repository's order then the wiki's own; the current text itself when nothing is added (the wiki
 * pretty-prints JSON its own way, which is no change). A page that is not a JSON object is left alone.
 */
export function withLabels(current: string | undefined, repository: string): string | { skip: string } {
  if (current === undefined) return repository;
  const onWiki = parse(current);
  const ours = parse(repository);
  if (!onWiki) return { skip: 'the labels page is not a JSON object (a broken edit?): nothing was merged into it; repair it on the wiki' };
  if (!ours) throw new Error('The repository\'s labels file is not a JSON object.');
  const merged: Labels = {};
  for (const [language, labels] of Object.entries(ours)) {
    merged[language] = language === '@metadata' ? (onWiki[language] ?? labels) : { ...labels, ...(onWiki[language] ?? {}) };
  }
  for (const [language, labels] of Object.entries(onWiki)) if (!(language in merged)) merged[language] = labels;
  const sorted = (labels: Labels) => JSON.stringify(Object.fromEntries(Object.entries(labels).map(([l, set]) => [l, Object.fromEntries(Object.entries(set ?? {}).sort())]).sort()));
  return sorted(merged) === sorted(onWiki) ? current : JSON.stringify(merged, null, '\t');
}
