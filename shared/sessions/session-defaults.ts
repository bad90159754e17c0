// What a session takes for the rows it leaves out, when its root's Config sets them: a hub's usual
// time zone, default capacity and language (the contract's `configDefault` rows). The codec
// fills them before it reads a session; Module:Let's Connect fills them the same way on the
// session's page. The module cannot read the Config's template call, so the bot copies the
// values, as it read them, into its region of the Config page (a JSON object in a comment) at
// every sync, in the same run as the registration headers that state them: the card and the
// header change together. The root is the one in the page's title (`<root>/Sessions/…`) for both.
import { SESSION_PARAMS } from '../model/session-contract';
import { SESSION_DEFAULTS_REGION } from '../model/titles';
import { problem, type Problem } from '../model/problems';
import { beginMarker, endMarker, findRegion, replaceRegion, withoutMarkers } from '../regions';
import { complaint, isAllowedValue, type SessionDefaults } from './read-sessions';

export const SESSION_DEFAULT_ROWS = SESSION_PARAMS.filter((row) => row.configDefault);

/**
 * The defaults a Config's parameters set, each checked by the session's own rule: a wrong one is
 * refused with an error (the contract's default stays); a language code the platform does not
 * know is kept with a warning, as on a session (MediaWiki may know it).
 */
export function readSessionDefaults(params: Record<string, string>, where: Pick<Problem, 'page' | 'template'>, problems: Problem[]): SessionDefaults {
  const defaults: SessionDefaults = {};
  for (const row of SESSION_DEFAULT_ROWS) {
    const value = params[row.name];
    if (!value) continue;
    const normalised = row.kind === 'whole' && /^\d+$/.test(value) ? String(Number(value)) : row.kind === 'languages' ? value.toLowerCase() : value;
    const allowed = isAllowedValue(row, value);
    if (allowed || row.warning) defaults[row.name] = normalised;
    if (allowed) continue;
    const fallback = row.default === undefined ? 'none' : `"${row.default}"`;
    problems.push(row.warning
      ? problem(`config-unknown-${row.name}`, `${complaint(row, value)} Sessions that leave out ${row.name} take it all the same.`, { ...where, param: row.name }, 'warning')
      : problem(`config-invalid-${row.name}`, `${complaint(row, value)} Sessions that leave out ${row.name} take ${fallback} until it is corrected.`, { ...where, param: row.name }));
  }
  return defaults;
}

/** The region's content: a comment for people, with the values as JSON (no `>`, so the comment cannot end early). */
export function sessionDefaultsContent(defaults: SessionDefaults): string {
  const ordered = Object.fromEntries(SESSION_DEFAULT_ROWS.filter((row) => defaults[row.name] !== undefined).map((row) => [row.name, defaults[row.name]]));
  const json = JSON.stringify(ordered).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!-- The bot's copy of this page's ${SESSION_DEFAULT_ROWS.map((row) => row.name).join(', ')} at its last run, which the session pages read: ${json} -->`;
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
  if (region === 'missing' && Object.keys(defaults).length === 0) return text;
  const rest = region === 'broken' ? withoutMarkers(text, SESSION_DEFAULTS_REGION) : text;
  return `${rest.trimEnd()}\n\n${beginMarker(SESSION_DEFAULTS_REGION)}\n${content}\n${endMarker(SESSION_DEFAULTS_REGION)}`;
}

/** The defaults the region states, as the module reads them (none when it is missing or broken). */
export function publishedSessionDefaults(text: string | undefined): SessionDefaults {
  const region = text === undefined ? 'missing' : findRegion(text, SESSION_DEFAULTS_REGION);
  if (typeof region === 'string') return {};
  const json = /<!--[^]*?(\{[^{}]*\})\s*-->/.exec(text!.slice(region.contentStart, region.contentEnd))?.[1];
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
