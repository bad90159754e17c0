// The session form's rules, as pure functions for the gadget's form and its tests: which rows it
// offers (the contract's), the id it proposes from a title, the page it creates, the edit that
// changes only what the liaison changed, and the codec's own check of the result.
import { escapeTemplateValue, unescapeTemplateValue } from '../wikitext/escape';
import { paramsOf, type TemplateCall } from '../wikitext/template-parser';
import { setParams } from '../wikitext/template-editor';
import { withoutTranslateMarkup } from '../wikitext/translate-markup';
import { SESSION_ID_FORM, fitsForm } from '../value-forms';
import { SESSION_TEMPLATE } from '../model/session';
import { SESSION_PARAMS, type SessionParam } from '../model/session-contract';
import type { Problem } from '../model/problems';
import { localToUtc, toIsoUtc } from '../time';
import {
	readSessionParams,
	sessionCalls,
	type PageDefaults,
} from './read-sessions';

/** The rows the form offers: every row a liaison writes (the bot's own `hub` and `root` are not). */
export const FORM_ROWS: readonly SessionParam[] = SESSION_PARAMS.filter(
	(row) => row.name !== 'hub' && row.name !== 'root',
);

export type FormValues = Record<string, string>;

/**
 * An id from a title: lower-case letters and digits joined by single hyphens, accents dropped,
 * at most 60 characters; a title in another script gives `session-<date>`. `taken` is asked for
 * the first candidate and then `-2`, `-3` … until one is free.
 */
export function proposeId(
	title: string,
	start: string,
	taken: (id: string) => boolean,
): string {
	const ascii = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	const slug = ascii
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	const base =
		slug.length >= 3
			? slug
			: `session-${/^\d{4}-\d{2}-\d{2}/.test(start) ? start.slice(0, 10) : 'new'}`;
	for (let n = 1; ; n++) {
		const id = n === 1 ? base : `${base}-${n}`;
		if (fitsForm(SESSION_ID_FORM, id) && !taken(id)) return id;
	}
}

/** The page a new session is written on: one parameter a line, in the contract's order, empty ones left out. */
export function newSessionPage(values: FormValues): string {
	const lines = FORM_ROWS.filter(
		(row) => (values[row.name] ?? '').trim() !== '',
	).map((row) => `| ${row.name} = ${escapeTemplateValue(values[row.name])}`);
	return [`{{${SESSION_TEMPLATE}`, ...lines, '}}'].join('\n');
}

/** The session call with this id on a page (the first, as the codec reads pages), if any. */
export function sessionCallOf(
	text: string,
	id: string,
): TemplateCall | undefined {
	return sessionCalls(text).find(
		(call) => (paramsOf(call).id ?? '').trim() === id,
	);
}

/** The form's values for an existing session: each row as the wiki shows it (escapes and Translate markup read out). */
export function formValuesOf(call: TemplateCall): FormValues {
	const params = paramsOf(call);
	return Object.fromEntries(
		FORM_ROWS.map((row) => [
			row.name,
			unescapeTemplateValue(
				withoutTranslateMarkup(params[row.name] ?? ''),
			).trim(),
		]),
	);
}

/**
 * The page with only the rows the liaison changed written (escaped) into the session's call; every
 * other byte (comments, Translate markup, unknown parameters, layout) stays. `touched`: the rows
 * the liaison worked on (a form may show a value another way than it is written: `Workshop` as
 * workshop); only those are compared. Undefined when the session is no longer on the page.
 */
export function withChangedParams(
	text: string,
	id: string,
	loaded: FormValues,
	values: FormValues,
	touched?: ReadonlySet<string>,
): string | undefined {
	const call = sessionCallOf(text, id);
	if (!call) return undefined;
	const changed: Record<string, string> = {};
	for (const row of FORM_ROWS) {
		if (touched && !touched.has(row.name)) continue;
		const now = (values[row.name] ?? '').trim();
		if (now !== (loaded[row.name] ?? '').trim())
			changed[row.name] = escapeTemplateValue(now);
	}
	return setParams(text, call, changed);
}

/**
 * What the codec says of the session the form would save (its values escaped, as they are
 * written): the same rules as the bot's and the module's.
 */
export function checkForm(
	values: FormValues,
	page: string,
	defaults: PageDefaults = { values: {} },
): Problem[] {
	const problems: Problem[] = [];
	const written = Object.fromEntries(
		Object.entries(values)
			.filter(([, v]) => v.trim() !== '')
			.map(([k, v]) => [k, escapeTemplateValue(v)]),
	);
	readSessionParams(written, page, problems, defaults);
	return problems;
}

/** The start in UTC (`2026-12-03T13:00:00Z`) for the preview, or why there is none. */
export function startInUtc(
	start: string,
	zone: string,
): { utc: string } | { reason: 'format' | 'impossible-date' | 'unknown-zone' } {
	const result = localToUtc(start, zone || 'UTC');
	return result.ok ? { utc: toIsoUtc(result.utc) } : { reason: result.reason };
}
