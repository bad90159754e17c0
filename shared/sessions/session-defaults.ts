// What a session takes for the rows it leaves out, when its root's Config sets them: a hub's usual
// time zone, default capacity and language (the contract's `configDefault` rows). The codec
// fills them before it reads a session; Module:Let's Connect fills them the same way on the
// session's page. The module cannot read the Config's template call, so the bot copies the
// values, as it read them, into its region of the Config page (a JSON object in a comment) in
// every sync that writes registration pages, before the headers that state them: the card and
// the header change together. Any other run goes by what the region states. The pages that take
// a root's defaults are its own page and those under `<root>/Sessions/`, for both.
import { SESSION_PARAMS } from '../model/session-contract';
import { SESSION_DEFAULTS_REGION } from '../model/titles';
import { problem, type Problem } from '../model/problems';
import { beginMarker, endMarker, findRegion, replaceRegion, withoutMarkers } from '../regions';
import { complaint, isAllowedValue, type SessionDefaults } from './read-sessions';

export const SESSION_DEFAULT_ROWS = SESSION_PARAMS.filter((row) => row.configDefault);

/** A language code's form (`ar`, `zh-hant`, `dag`), whether or not the platform knows it. */
const LANGUAGE_CODE_FORM = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/** Our comment in the region, recognised to clear a stale copy when the region is repaired. */
const COMMENT_START = "<!-- The bot's copy of this page's ";

/**
 * The defaults a Config's parameters set, each checked by the session's own rule: a wrong one is
 * refused with an error (the contract's default stays); a language code the platform does not
 * know is kept with a warning when it has a code's form, as on a session (MediaWiki may know it).
 */
export function readSessionDefaults(params: Record<string, string>, where: Pick<Problem, 'page' | 'template'>, problems: Problem[]): SessionDefaults {
  const defaults: SessionDefaults = {};
  for (const row of SESSION_DEFAULT_ROWS) {
    const value = params[row.name];
    if (!value) continue;
    const normalised = row.kind === 'whole' && /^\d+$/.test(value) ? String(Number(value)) : row.kind === 'languages' ? value.toLowerCase() : value;
    const allowed = isAllowedValue(row, value);
    // Copied into every session that leaves it out: at least the form of a code.
    const kept = allowed || (row.keepUnknown === true && LANGUAGE_CODE_FORM.test(normalised));
    if (kept) defaults[row.name] = normalised;
    if (allowed) continue;
    const fallback = row.default === undefined ? 'none' : `"${row.default}"`;
    problems.push(kept
      ? problem(`config-unknown-${row.name}`, `${complaint(row, value)} Sessions that leave out ${row.name} take it all the same.`, { ...where, param: row.name }, 'warning')
      : problem(`config-invalid-${row.name}`, `${complaint(row, value)} Sessions that leave out ${row.name} take ${fallback} until it is corrected.`, { ...where, param: row.name }));
  }
  return defaults;
}

/**
 * A JSON string whose characters outside plain ASCII, and those that mean something to the wiki or
 * to the readers' patterns (< > & { } [ ] | ~), are \u escapes: the comment cannot end early, no
 * signature or normalisation changes it on save, and no brace inside a value hides the object.
 */
function jsonString(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]|[<>&{}[\]|~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The region's content: a comment for people, with the values as JSON. */
export function sessionDefaultsContent(defaults: SessionDefaults): string {
  const json = `{${SESSION_DEFAULT_ROWS.filter((row) => defaults[row.name] !== undefined).map((row) => `"${row.name}":${jsonString(defaults[row.name])}`).join(',')}}`;
  return `${COMMENT_START}${SESSION_DEFAULT_ROWS.map((row) => row.name).join(', ')} at its last run, which the session pages read: ${json} -->`;
}

/** Whether the defaults are all the contract's own (`language = en`): a Config without the region needs none. */
function onlyContractDefaults(defaults: SessionDefaults): boolean {
  return SESSION_DEFAULT_ROWS.every((row) => defaults[row.name] === undefined || defaults[row.name] === row.default);
}

/** Whether two sets of defaults give every session the same values (a contract default stated or not). */
export function sameSessionDefaults(a: SessionDefaults, b: SessionDefaults): boolean {
  return SESSION_DEFAULT_ROWS.every((row) => (a[row.name] ?? row.default) === (b[row.name] ?? row.default));
}

/**
 * The Config with the bot's region set to the defaults: replaced in place, or added at the end
 * (stray or doubled markers of it taken out first). A page without the region and no defaults
 * to state is left as it is.
 */
export function withSessionDefaults(text: string, defaults: SessionDefaults): string {
  const content = sessionDefaultsContent(defaults);
  const region = findRegion(text, SESSION_DEFAULTS_REGION);
  if (typeof region !== 'string') return replaceRegion(text, region, content);
  if (region === 'missing' && onlyContractDefaults(defaults)) return text;
  // A broken region's markers go, and any copy of ours left between them (never a liaison's text).
  const rest = region === 'broken' ? withoutMarkers(text, SESSION_DEFAULTS_REGION).split('\n').filter((line) => !line.startsWith(COMMENT_START)).join('\n') : text;
  return `${rest.trimEnd()}\n\n${beginMarker(SESSION_DEFAULTS_REGION)}\n${content}\n${endMarker(SESSION_DEFAULTS_REGION)}`;
}

/** The defaults the region states, as the module reads them (none when it is missing or broken). */
export function publishedSessionDefaults(text: string | undefined): SessionDefaults {
  const region = text === undefined ? 'missing' : findRegion(text, SESSION_DEFAULTS_REGION);
  if (typeof region === 'string') return {};
  const json = /<!--[^]*?(\{[^{}]*\})[ \t\n\v\f\r]*-->/.exec(text!.slice(region.contentStart, region.contentEnd))?.[1];
  try {
    const data: unknown = json === undefined ? {} : JSON.parse(json);
    return Object.fromEntries(SESSION_DEFAULT_ROWS.flatMap((row) => {
      const value = (data as Record<string, unknown>)[row.name];
      return typeof value === 'string' ? [[row.name, value]] : [];
    }));
  } catch {
    return {};
  }
}
