// The kinds of page `sync` writes (the names `--only` takes): the generated pages' regions
// (planned in shared/pages/page-plan.ts) and the pages people own that the bot acts on.
import { REGION_KINDS } from '../../shared/pages/page-plan';

export {
	REGION_KINDS,
	regionPage,
	type RegionKind,
} from '../../shared/pages/page-plan';
/**
 * Kinds that edit pages people own: registration pages (create, promote), session pages (close)
 * and followers' talk pages (news of sessions they follow).
 */
export const ACTION_KINDS = ['registrations', 'sessions', 'followers'] as const;
export const PAGE_KINDS = [...REGION_KINDS, ...ACTION_KINDS] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** `--only calendar,stats` → the kinds; an unknown name is an error that lists the known ones. */
export function parseKinds(value: string | undefined): Set<PageKind> {
	if (!value) return new Set(PAGE_KINDS);
	const kinds = value
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const unknown = kinds.filter(
		(k) => !(PAGE_KINDS as readonly string[]).includes(k),
	);
	if (unknown.length > 0)
		throw new Error(
			`Unknown page kind ${unknown.map((k) => `"${k}"`).join(', ')}; use ${PAGE_KINDS.join(', ')}.`,
		);
	return new Set(kinds as PageKind[]);
}
