// What a session takes for the rows it leaves out, when its root's Config sets them: a hub's usual
// time zone, default capacity and language (the contract's `configDefault` rows). The codec
// fills them before it reads a session; Module:Let's Connect fills them the same way on the
// session's page, from a JSON page the bot writes from the Config at every run (it cannot read
// the Config's template call itself). So the card and the registration page's header, both from
// the same run, never disagree; the bot's lists carry every value already.
import { SESSION_PARAMS } from '../model/session-contract';
import { configPageTitle } from '../model/titles';
import { problem, type Problem } from '../model/problems';
import { complaint, isAllowedValue, type SessionDefaults } from './read-sessions';

export const SESSION_DEFAULT_ROWS = SESSION_PARAMS.filter((row) => row.configDefault);

/** The defaults a Config's parameters set; a wrong one is refused with a problem (the contract's default stays). */
export function readSessionDefaults(params: Record<string, string>, where: Pick<Problem, 'page' | 'template'>, problems: Problem[]): SessionDefaults {
  const defaults: SessionDefaults = {};
  for (const row of SESSION_DEFAULT_ROWS) {
    const value = params[row.name];
    if (!value) continue;
    if (isAllowedValue(row, value)) {
      defaults[row.name] = row.kind === 'whole' ? String(Number(value)) : row.kind === 'languages' ? value.toLowerCase() : value;
      continue;
    }
    const fallback = row.default === undefined ? 'none' : row.default;
    problems.push(problem(`config-invalid-${row.name}`, `${complaint(row, value)} Sessions that leave out ${row.name} take ${fallback === 'none' ? 'none' : `"${fallback}"`} until it is corrected.`, { ...where, param: row.name }));
  }
  return defaults;
}

/** The JSON page Module:Let's Connect reads the defaults from (JSON.stringify with tabs, as MediaWiki saves JSON). */
export function sessionDefaultsPage(root: string, defaults: SessionDefaults): string {
  const sorted = Object.fromEntries(SESSION_DEFAULT_ROWS.filter((row) => defaults[row.name] !== undefined).map((row) => [row.name, defaults[row.name]]));
  return JSON.stringify({
    description: `Written by the Let's Connect bot at every run from [[${configPageTitle(root)}]]: what sessions that leave these out take. Edit the Config page; changes here are overwritten.`,
    defaults: sorted,
  }, null, '\t');
}
