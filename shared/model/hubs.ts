// Hubs: Let's Connect run under other roots, by their own liaisons in their own language, listed
// on the main programme's registry page (`ROOT/Hubs`) in {{Let's Connect/Hub}}. One bot run serves
// the main root and every hub; each root's pages hold its own sessions, and the main programme's
// `ROOT/All hubs` shows them all, filterable by hub.
import { normaliseTitle } from './titles';
import { findTemplates, paramsOf } from '../wikitext/template-parser';
import { unescapeTemplateValue } from '../wikitext/escape';
import { isKnownLanguage } from './languages';
import { problem, type Problem } from './problems';
import { isRootTitle } from './titles';

export const HUB_TEMPLATE = "Let's Connect/Hub";

/** The main programme as a hub among hubs (on the calendar of all hubs, and to its followers). */
export const MAIN_HUB_NAME = "Let's Connect";

export interface Hub {
	/** What readers filter by (`Español`, `العربية`). */
	name: string;
	root: string;
	/** The hub's language (its pages' labels, its registry row's direction). */
	language: string;
}

// eslint-disable-next-line no-control-regex -- MediaWiki refuses control characters in titles
const ILLEGAL_TITLE = /[#<>[\]|{}\u0000-\u001f]/u;
/** What the wiki would act on when the bot saves a page with the name (a signature, a magic word) or that reorders text. */
const UNSAFE_NAME = /~~~|__|''|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Namespaces whose pages are the programme's own machinery or people's: no hub lives there. */
const NO_HUB_NAMESPACE =
	/^(template|module|mediawiki|special|category|file|image|user|user talk|gadget|gadget definition)\s*:/i;

/** A root inside another (the main one, or another hub's) would take that root's sessions for its own. */
const isInside = (title: string, root: string) =>
	title === root ||
	title.startsWith(`${root}/`) ||
	root.startsWith(`${title}/`);

/** The hubs the registry lists; a row that is not right is named, and left out. */
export function readHubs(
	page: string,
	text: string | undefined,
	mainRoot: string,
	problems: Problem[],
): Hub[] {
	if (text === undefined) return [];
	const hubs: Hub[] = [];
	for (const call of findTemplates(text, HUB_TEMPLATE)) {
		const params: Record<string, string> = {};
		for (const [k, v] of Object.entries(paramsOf(call)))
			params[k] = unescapeTemplateValue(v).trim();
		const where = { page, template: HUB_TEMPLATE };
		const name = params.name ?? '';
		const root = normaliseTitle(params.root ?? '');
		const language = (params.language ?? '').toLowerCase();
		if (!name || !root) {
			problems.push(
				problem(
					'hub-incomplete',
					"A hub needs a name= and a root= (the page its Let's Connect lives under).",
					where,
				),
			);
			continue;
		}
		if (ILLEGAL_TITLE.test(name) || UNSAFE_NAME.test(name)) {
			problems.push(
				problem(
					'hub-invalid-name',
					`The hub name "${name}" has characters that would be markup ([ ] { } | < > #, ~~~, __, '') or direction controls: write it as plain text.`,
					{ ...where, param: 'name' },
				),
			);
			continue;
		}
		if (
			ILLEGAL_TITLE.test(root) ||
			UNSAFE_NAME.test(root) ||
			NO_HUB_NAMESPACE.test(root) ||
			!isRootTitle(root)
		) {
			problems.push(
				problem(
					'hub-invalid-root',
					`The root "${root}" of hub "${name}" is not a page title a hub can live under (not in the Template, Module, MediaWiki, User or Category namespaces, and with no /Sessions/ in it).`,
					{ ...where, param: 'root' },
				),
			);
			continue;
		}
		if (!isKnownLanguage(language)) {
			problems.push(
				problem(
					'hub-unknown-language',
					`Hub "${name}" has no known language= (a code such as es or ar).`,
					{ ...where, param: 'language' },
				),
			);
			continue;
		}
		const clash = [mainRoot, ...hubs.map((h) => h.root)].find((other) =>
			isInside(root, other),
		);
		if (clash !== undefined || hubs.some((h) => h.name === name)) {
			problems.push(
				problem(
					'hub-duplicate',
					`Hub "${name}" (${root}) has the name of another hub, or a root inside another root (${clash ?? name}): it is left out, so no session is served twice.`,
					where,
				),
			);
			continue;
		}
		hubs.push({ name, root, language });
	}
	return hubs;
}
