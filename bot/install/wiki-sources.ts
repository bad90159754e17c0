// The pages `letsconnect install` puts on a wiki, read from the repository: templates and the
// Lua module from shared/on-wiki/, the gadget from the build in dist/gadget/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { WikiClient } from '../wiki/client';
import { siteGenerator } from '../wiki/site';
import { dirname, join } from 'node:path';
import { sessionTemplateData } from '../../shared/model/session-contract';
import { contractModule } from '../../shared/programme/contract-module';
import { TRANSLATED_LANGUAGES } from '../../shared/i18n/messages';
import { catalogues } from '../../shared/i18n/translations';
import { withSharedWords } from './labels';
import { GADGET_SECTION } from './gadgets-definition';
import { SESSIONS_CATEGORY, hubsPageTitle } from '../../shared/model/titles';
import { DEFAULT_ROOT } from '../../shared/config';
import {
	newConfigPage,
	type NewConfigSettings,
} from '../../shared/programme/config-page';
import { readHubs } from '../../shared/model/hubs';
import type { PageWriter } from '../wiki/page-writer';

export interface WikiSource {
	title: string;
	text: string;
	/**
	 * How the page is updated: replaced whole; one line of a shared page (Gadgets-definition);
	 * created when missing and otherwise left to the wiki (pages other tools also own); or, for
	 * the labels translators edit, the repository's new labels added and every label on the wiki kept.
	 */
	kind: 'page' | 'gadget-definition' | 'create-only' | 'labels';
}

/**
 * Pages of the MediaWiki namespace (the gadget's code, style and definition): on Wikimedia wikis
 * only interface administrators edit them, so install asks for them (`--interface-request`)
 * instead of writing them, unless it runs with an account that may (`--interface`).
 */
export function needsInterfaceRights(source: WikiSource): boolean {
	return source.title.startsWith('MediaWiki:');
}

export const GADGET_NAME = 'letsconnect';

/** The repository's top folder, found from this file whether it runs from source or from dist/. */
export function projectRoot(start = __dirname): string {
	let dir = start;
	while (!existsSync(join(dir, 'esbuild.config.mjs'))) {
		const parent = dirname(dir);
		if (parent === dir)
			throw new Error(`Cannot find the repository folder above ${start}.`);
		dir = parent;
	}
	return dir;
}

/** A /doc page with its `<templatedata>` block filled in. */
function withTemplateData(doc: string, json: string): string {
	return doc.replace(
		/<templatedata>[\s\S]*?<\/templatedata>/,
		`<templatedata>\n${json}\n</templatedata>`,
	);
}

function read(path: string): string {
	return readFileSync(path, 'utf8').replace(/\s+$/, '');
}

/** `Session.doc.wikitext` → `Template:Let's Connect/Session/doc`. */
function templateTitle(file: string): string {
	const name = file
		.replace(/\.wikitext$/, '')
		.split('.')
		.join('/');
	return `Template:Let's Connect/${name}`;
}

/**
 * How the wiki loads the gadget. `categories`: the gadget itself is default-on, limited to pages
 * of the sessions category (Gadgets' `categories=`, in MediaWiki 1.43 and Meta's branches), so other
 * pages load nothing of ours. `loader`: older Gadgets lack that condition; a few hundred bytes on
 * every page load the gadget where a card is.
 */
export type GadgetRoute = 'categories' | 'loader';

/** The route for a wiki by its `generator` (`MediaWiki 1.43.12`, `MediaWiki 1.47.0-wmf.3`). */
export function gadgetRouteFor(generator: string): GadgetRoute {
	const [major, minor] = (/MediaWiki (\d+)\.(\d+)/.exec(generator) ?? [])
		.slice(1)
		.map(Number);
	return major > 1 || (major === 1 && minor >= 43) ? 'categories' : 'loader';
}

/** The route for the wiki the bot is logged in to, from its siteinfo. */
export async function gadgetRouteOf(bot: WikiClient): Promise<GadgetRoute> {
	return gadgetRouteFor(await siteGenerator(bot));
}

/**
 * The hubs' roots the gadget may act for: those on the programme's own registry only (a hub's
 * registry adds nothing), and the root being installed; sorted, so every install writes the same list.
 */
export async function hubRootsOf(
	pages: Pick<PageWriter, 'read'>,
	root: string,
): Promise<string[]> {
	const registry = hubsPageTitle(DEFAULT_ROOT);
	const hubs = readHubs(
		registry,
		(await pages.read([registry])).get(registry)?.text,
		DEFAULT_ROOT,
		[],
	).map((h) => h.root);
	return [
		...new Set([...hubs, ...(root === DEFAULT_ROOT ? [] : [root])]),
	].sort();
}

export interface SourceOptions {
	route: GadgetRoute;
	/** The hubs' roots (from the registry), written with the programme's into the gadget's roots list. */
	hubRoots?: string[];
	/** The bot account whose rosters (`User:<bot>/Places/…`) say who holds a place, for the gadget. */
	botAccount?: string;
	/** Not default-on: readers try it with `?withgadget=letsconnect` before the community agrees to more. */
	trial?: boolean;
	/** Settings for the root's Config when install creates it (a hub's language, usual time zone …). */
	config?: NewConfigSettings;
}

/** Definition lines without `default`, for a trial. */
function withoutDefault(lines: string): string {
	return lines.replace(/\|default(?=[|\]])/g, '');
}

/**
 * The order the modules are written in, so that every page rendered between two of these edits
 * finds what its modules require: the new template reader and Config reader before the rules
 * that lead to them (validate keeps a bridge for the main module it replaces), the places, the
 * others, and the main module last.
 */
const MODULE_ORDER = [
	"Let's Connect.wikitext.lua",
	"Let's Connect.config.lua",
	"Let's Connect.validate.lua",
	"Let's Connect.places.lua",
];
function installRank(file: string): number {
	const rank = MODULE_ORDER.indexOf(file);
	if (rank >= 0) return rank;
	return file.replace(/\.lua$/, '').includes('.')
		? MODULE_ORDER.length
		: MODULE_ORDER.length + 1;
}

/**
 * Everything `install` writes. `programmeRoot` is the programme's root page: the generated
 * pages under it are created with their bot markers when missing, and never overwritten.
 */
export function wikiSources(
	programmeRoot: string,
	options: SourceOptions = { route: 'categories' },
	root = projectRoot(),
): WikiSource[] {
	const sources: WikiSource[] = [];
	const pages = join(root, 'shared/on-wiki/pages');
	for (const file of readdirSync(pages)
		.filter((f) => f.endsWith('.wikitext'))
		.sort()) {
		const text = read(join(pages, file));
		// A hub's Config is its own (no programme figures), with the settings install was given.
		const config =
			file === 'Config.wikitext' &&
			(programmeRoot !== DEFAULT_ROOT || options.config);
		sources.push({
			title: `${programmeRoot}/${file.replace(/\.wikitext$/, '')}`,
			text: config
				? newConfigPage(
						text,
						options.config ?? {},
						programmeRoot !== DEFAULT_ROOT,
					)
				: text,
			kind: 'create-only',
		});
	}
	// The session contract first, then the submodules, the main module last: every page that
	// renders a card between two of these edits finds what the module it has needs.
	sources.push({
		title: "Module:Let's Connect/contract",
		text: contractModule(),
		kind: 'page',
	});
	const modules = join(root, 'shared/on-wiki/modules');
	// The labels, a JSON page translators edit on the wiki: merged, never overwritten.
	sources.push({
		title: "Module:Let's Connect/labels.json",
		text: withSharedWords(
			read(join(modules, "Let's Connect.labels.json")),
			catalogues,
		),
		kind: 'labels',
	});
	for (const file of readdirSync(modules)
		.filter((f) => f.endsWith('.lua'))
		.sort((a, b) => installRank(a) - installRank(b) || a.localeCompare(b))) {
		// `Let's Connect.labels.lua` → `Module:Let's Connect/labels`.
		sources.push({
			title: `Module:${file
				.replace(/\.lua$/, '')
				.split('.')
				.join('/')}`,
			text: read(join(modules, file)),
			kind: 'page',
		});
	}
	const templates = join(root, 'shared/on-wiki/templates');
	for (const file of readdirSync(templates)
		.filter((f) => f.endsWith('.wikitext'))
		.sort()) {
		const text = read(join(templates, file));
		sources.push({
			title: templateTitle(file),
			text:
				file === 'Session.doc.wikitext'
					? withTemplateData(text, sessionTemplateData())
					: text,
			kind: 'page',
		});
	}
	const gadget = join(root, 'dist/gadget');
	if (!existsSync(join(gadget, `${GADGET_NAME}.js`))) {
		throw new Error('The gadget is not built yet: run `npm run build` first.');
	}
	sources.push(
		{
			title: `Category:${SESSIONS_CATEGORY}`,
			text: read(join(root, 'gadget/sessions-category.wikitext')),
			kind: 'page',
		},
		{
			title: `MediaWiki:Gadget-${GADGET_NAME}.js`,
			text: read(join(gadget, `${GADGET_NAME}.js`)),
			kind: 'page',
		},
		{
			title: `MediaWiki:Gadget-${GADGET_NAME}.css`,
			text: read(join(gadget, `${GADGET_NAME}.css`)),
			kind: 'page',
		},
		{
			title: `MediaWiki:Gadget-${GADGET_NAME}`,
			text: read(join(root, 'gadget/gadget-description.wikitext')),
			kind: 'page',
		},
		// Whose cards may act, and whose rosters say who holds a place: reviewed by interface
		// administrators with the code.
		{
			title: `MediaWiki:Gadget-${GADGET_NAME}-roots.json`,
			text: reviewedSettings(programmeRoot, options),
			kind: 'page',
		},
	);
	if (options.route === 'loader') {
		sources.push(
			{
				title: `MediaWiki:Gadget-${GADGET_NAME}-loader.js`,
				text: read(join(gadget, `${GADGET_NAME}-loader.js`)),
				kind: 'page',
			},
			{
				title: `MediaWiki:Gadget-${GADGET_NAME}-loader`,
				text: read(join(root, 'gadget/gadget-loader-description.wikitext')),
				kind: 'page',
			},
		);
	}
	// The session form, loaded only when a liaison opens it.
	sources.push({
		title: `MediaWiki:Gadget-${GADGET_NAME}-form.js`,
		text: read(join(gadget, `${GADGET_NAME}-form.js`)),
		kind: 'page',
	});
	// The calendar file, loaded only when a reader downloads one.
	sources.push({
		title: `MediaWiki:Gadget-${GADGET_NAME}-ics.js`,
		text: read(join(gadget, `${GADGET_NAME}-ics.js`)),
		kind: 'page',
	});
	for (const code of TRANSLATED_LANGUAGES) {
		sources.push({
			title: `MediaWiki:Gadget-${GADGET_NAME}-i18n-${code}.js`,
			text: read(join(gadget, `${GADGET_NAME}-i18n-${code}.js`)),
			kind: 'page',
		});
	}
	// The definition last: every page it names is then on the wiki.
	sources.push(
		{
			title: `MediaWiki:Gadget-section-${GADGET_SECTION}`,
			text: "Let's Connect",
			kind: 'page',
		},
		{
			title: 'MediaWiki:Gadgets-definition',
			text: definitionLines(root, options),
			kind: 'gadget-definition',
		},
	);
	return sources;
}

/** The gadget's reviewed settings: the roots whose cards may act, and the bot whose rosters it reads. */
function reviewedSettings(
	programmeRoot: string,
	options: SourceOptions,
): string {
	const roots = [
		...new Set([DEFAULT_ROOT, programmeRoot, ...(options.hubRoots ?? [])]),
	];
	return JSON.stringify(
		options.botAccount ? { roots, bot: options.botAccount } : { roots },
		null,
		'\t',
	);
}

/** Our lines of MediaWiki:Gadgets-definition for the route (and without `default` for a trial). */
function definitionLines(root: string, options: SourceOptions): string {
	const lines = read(
		join(
			root,
			options.route === 'categories'
				? 'gadget/gadgets-definition.wikitext'
				: 'gadget/gadgets-definition-loader.wikitext',
		),
	);
	if (
		options.route === 'categories' &&
		!lines.includes(`categories=${SESSIONS_CATEGORY}|`)
	)
		throw new Error(
			`gadget/gadgets-definition.wikitext must limit the gadget to categories=${SESSIONS_CATEGORY}.`,
		);
	return options.trial ? withoutDefault(lines) : lines;
}
