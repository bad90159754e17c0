// Filters of the session list: which values exist, which sessions match, and what is remembered.
import type { SessionElement } from './session-elements';

export interface Filters {
  type: string;
  audience: string;
  /** A language the reader can follow: the session's own or one of its interpretations. */
  language: string;
  topic: string;
}

export const NO_FILTERS: Filters = { type: '', audience: '', language: '', topic: '' };
export const FILTER_KEYS = ['type', 'audience', 'language', 'topic'] as const;

export function matches(session: SessionElement, filters: Filters): boolean {
  return (!filters.type || session.type === filters.type)
    && (!filters.audience || session.audience.includes(filters.audience))
    && (!filters.language || session.language === filters.language || session.interpretation.includes(filters.language))
    && (!filters.topic || session.topic === filters.topic);
}

/** The values each filter can take on this page, sorted. */
export function filterOptions(sessions: SessionElement[]): Record<keyof Filters, string[]> {
  const collect = (pick: (s: SessionElement) => string[]) => [...new Set(sessions.flatMap(pick).filter(Boolean))].sort();
  return {
    type: collect((s) => [s.type]),
    audience: collect((s) => s.audience),
    language: collect((s) => [s.language, ...s.interpretation]),
    topic: collect((s) => [s.topic]),
  };
}

/** Remembered filters, kept only where the value still exists on the page. */
export function restoreFilters(stored: string | null | false, options: Record<keyof Filters, string[]>): Filters {
  let parsed: Partial<Filters> = {};
  try {
    parsed = stored ? (JSON.parse(stored) as Partial<Filters>) : {};
  } catch {
    parsed = {};
  }
  const result: Filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) {
    const value = parsed[key];
    if (typeof value === 'string' && options[key].includes(value)) result[key] = value;
  }
  return result;
}
