// A participant's profile, `ROOT/Participants/<username>`: one {{Let's Connect/Participant}}.
import { findTemplates, paramsOf } from '../wikitext/template-parser';
import { unescapeTemplateValue } from '../wikitext/escape';
import { isKnownLanguage } from './languages';
import { isValidUsername, normaliseUsername } from './usernames';
import { problem, type Problem } from './problems';

export const PARTICIPANT_TEMPLATE = "Let's Connect/Participant";

export interface Participant {
  user: string;
  affiliate?: string;
  country?: string;
  region?: string;
  languages: string[];
  /** Home wiki, e.g. `es.wikipedia`. */
  home?: string;
  share: string[];
  learn: string[];
  joined?: string;
  page: string;
  position: { start: number; end: number };
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[,;]/).map((v) => v.trim()).filter(Boolean);
}

/** Skills compared case-insensitively, written as their first spelling. */
export function skillKey(skill: string): string {
  return skill.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function readParticipants(page: string, text: string, problems: Problem[]): Participant[] {
  const participants: Participant[] = [];
  for (const call of findTemplates(text, PARTICIPANT_TEMPLATE)) {
    const raw = paramsOf(call);
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) params[k] = unescapeTemplateValue(v).trim();
    const where = { page, template: PARTICIPANT_TEMPLATE };
    // The page name says whose profile it is when the template does not.
    const fromTitle = /\/Participants\/([^/]+)$/.exec(page)?.[1];
    const user = params.user || fromTitle || '';
    if (!user || !isValidUsername(user)) {
      problems.push(problem('participant-invalid-user', `"${user}" is not a valid user name.`, { ...where, param: 'user' }));
      continue;
    }
    const languages = splitList(params.languages).map((l) => l.toLowerCase());
    for (const code of languages) {
      if (!isKnownLanguage(code)) problems.push(problem('participant-unknown-language', `"${code}" is not a known language code.`, { ...where, param: 'languages' }, 'warning'));
    }
    if (params.joined && !/^\d{4}-\d{2}(-\d{2})?$/.test(params.joined)) {
      problems.push(problem('participant-invalid-joined', `"${params.joined}" is not a date such as 2026-11-23.`, { ...where, param: 'joined' }, 'warning'));
    }
    participants.push({
      user: normaliseUsername(user), affiliate: params.affiliate || undefined, country: params.country || undefined,
      region: params.region || undefined, languages, home: params.home || undefined,
      share: splitList(params.share), learn: splitList(params.learn), joined: params.joined || undefined,
      page, position: { start: call.start, end: call.end },
    });
  }
  return participants;
}
