// The family of roots the bot serves: the programme's and the hubs its registry (ROOT/Hubs) lists.
// Each root minds its own sessions: a session under another root of the family, or on a page
// another root's Config lists, is that root's, never a stray of this one.
import { DEFAULT_ROOT } from '../../shared/config';
import { MAIN_HUB_NAME, readHubs, type Hub } from '../../shared/model/hubs';
import type { Problem } from '../../shared/model/problems';
import { readConfig } from '../../shared/programme/config-page';
import { configPageTitle, hubsPageTitle } from '../../shared/model/titles';
import type { PageWriter } from '../wiki/page-writer';

/** Another root served beside this one, with the pages outside it that its Config lists. */
export interface OtherRoot {
	root: string;
	sessionPages: string[];
}

export interface RootFamily {
	/** The hubs the registry of `registryRoot` lists (with its problems). */
	hubs: Hub[];
	/** Every hub the family's registries name. */
	named: Hub[];
	problems: Problem[];
	/** Every root of the family with its session pages, `registryRoot` and the programme's first. */
	roots: OtherRoot[];
}

/**
 * The roots around `root`: the programme's, the hubs on its registry (and on `root`'s own, when
 * it has one), each with its Config's session pages; two batch reads.
 */
export async function rootFamily(
	pages: Pick<PageWriter, 'read'>,
	root: string,
): Promise<RootFamily> {
	const registries = [...new Set([root, DEFAULT_ROOT])];
	const texts = await pages.read(registries.map(hubsPageTitle));
	const problems: Problem[] = [];
	const hubs = readHubs(
		hubsPageTitle(root),
		texts.get(hubsPageTitle(root))?.text,
		root,
		problems,
	);
	const others = registries
		.filter((r) => r !== root)
		.flatMap((r) =>
			readHubs(hubsPageTitle(r), texts.get(hubsPageTitle(r))?.text, r, []),
		);
	const names = [
		...new Set([
			root,
			DEFAULT_ROOT,
			...hubs.map((h) => h.root),
			...others.map((h) => h.root),
		]),
	];
	const configs = await pages.read(names.map(configPageTitle));
	const roots = names.map((name) => ({
		root: name,
		sessionPages: readConfig(
			configPageTitle(name),
			configs.get(configPageTitle(name))?.text,
			[],
		).sessionPages,
	}));
	return { hubs, named: [...hubs, ...others], problems, roots };
}

/** A root as a hub: its name on a registry, the programme's own name for the main root. */
export function hubOf(
	family: RootFamily,
	root: string,
): Pick<Hub, 'root' | 'name'> {
	const listed = family.named.find((h) => h.root === root);
	return { root, name: listed?.name ?? MAIN_HUB_NAME };
}

/** The family's roots other than `root`: what readProgramme must not take for strays. */
export function othersThan(family: RootFamily, root: string): OtherRoot[] {
	return family.roots.filter((r) => r.root !== root);
}
