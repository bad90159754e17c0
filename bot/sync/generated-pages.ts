// The pages whose bot regions `sync` rewrites, by kind (the names `--only` takes).
import { UPCOMING_REGION, UPCOMING_TEMPLATE_PAGE } from '../../shared/config';

export const REGION_KINDS = ['upcoming', 'calendar', 'past', 'resources', 'participants', 'stats', 'report'] as const;
/** Kinds that edit pages people own: registration pages (create, promote) and session pages (close). */
export const ACTION_KINDS = ['registrations', 'sessions'] as const;
export const PAGE_KINDS = [...REGION_KINDS, ...ACTION_KINDS] as const;

export type RegionKind = (typeof REGION_KINDS)[number];
export type PageKind = (typeof PAGE_KINDS)[number];

export function regionPage(kind: RegionKind, root: string): { title: string; region: string } {
  switch (kind) {
    case 'upcoming': return { title: UPCOMING_TEMPLATE_PAGE, region: UPCOMING_REGION };
    case 'calendar': return { title: `${root}/Calendar`, region: 'calendar' };
    case 'past': return { title: `${root}/Past sessions`, region: 'past' };
    case 'resources': return { title: `${root}/Resources`, region: 'resources' };
    case 'participants': return { title: `${root}/Participants`, region: 'participants' };
    case 'stats': return { title: "Template:Let's Connect/Stats", region: 'stats' };
    case 'report': return { title: `${root}/Bot report`, region: 'report' };
  }
}

/** `--only calendar,stats` → the kinds; an unknown name is an error that lists the known ones. */
export function parseKinds(value: string | undefined): Set<PageKind> {
  if (!value) return new Set(PAGE_KINDS);
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(PAGE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new Error(`Unknown page kind ${unknown.map((k) => `"${k}"`).join(', ')}; use ${PAGE_KINDS.join(', ')}.`);
  return new Set(kinds as PageKind[]);
}
