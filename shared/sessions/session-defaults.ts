// What a session takes for the rows it leaves out, when its root's Config sets them: a hub's usual
// time zone, default capacity and language (the contract's `configDefault` rows). The codec
// fills them before it reads a session; Module:Let's Connect/config reads the same Config call on
// the session's page when it renders (the page depends on the Config, so the wiki renders it again
// when the Config changes): the card never shows another time than the session will have. The
// pages that take a root's defaults are its own page and those under `<root>/Sessions/`, for both.
import { LANGUAGE_CODE_FORM, fitsForm } from '../value-forms';
import { SESSION_PARAMS } from '../model/session-contract';
import { problem, type Problem } from '../model/problems';
import {
	complaint,
	isAllowedValue,
	type SessionDefaults,
} from './read-sessions';

export const SESSION_DEFAULT_ROWS = SESSION_PARAMS.filter(
	(row) => row.configDefault,
);

/**
 * The defaults a Config's parameters set, each checked by the session's own rule: a wrong one is
 * refused with an error (the contract's default stays); a language code the platform does not
 * know is kept with a warning when it has a code's form, as on a session (MediaWiki may know it).
 */
export function readSessionDefaults(
	params: Record<string, string>,
	where: Pick<Problem, 'page' | 'template'>,
	problems: Problem[],
): SessionDefaults {
	const defaults: SessionDefaults = {};
	for (const row of SESSION_DEFAULT_ROWS) {
		const value = params[row.name];
		if (!value) continue;
		const normalised =
			row.kind === 'whole' && /^\d+$/.test(value)
				? String(Number(value))
				: row.kind === 'languages'
					? value.toLowerCase()
					: value;
		const allowed = isAllowedValue(row, value);
		// A wrong time zone is never replaced by another (UTC would be a wrong time): the sessions
		// that leave theirs out take it, and their own rule keeps them out until it is corrected.
		const timezone = row.name === 'timezone';
		// Copied into every session that leaves it out: at least the form of a code.
		const kept =
			allowed ||
			timezone ||
			(row.keepUnknown === true && fitsForm(LANGUAGE_CODE_FORM, normalised));
		if (kept) defaults[row.name] = normalised;
		if (allowed) continue;
		const fallback = row.default === undefined ? 'none' : `"${row.default}"`;
		problems.push(
			timezone
				? problem(
						'config-invalid-timezone',
						`${complaint(row, value)} Sessions that leave out timezone are not shown (nor open for sign-up) until it is corrected: their time is not known.`,
						{ ...where, param: row.name },
					)
				: kept
					? problem(
							`config-unknown-${row.name}`,
							`${complaint(row, value)} Sessions that leave out ${row.name} take it all the same.`,
							{ ...where, param: row.name },
							'warning',
						)
					: problem(
							`config-invalid-${row.name}`,
							`${complaint(row, value)} Sessions that leave out ${row.name} take ${fallback} until it is corrected.`,
							{ ...where, param: row.name },
						),
		);
	}
	return defaults;
}
