// The session's parameters as one table: what each is, its default, how it is checked, the
// problem it raises, its label and description, and the card attribute that carries it. The codec
// (read-sessions.ts), the gadget (session-elements.ts, filters.ts), the TemplateData of the
// template's /doc page and Module:Let's Connect (through the data module `letsconnect install`
// writes from this table: Module:Let's Connect/contract) all follow it. A new parameter is one row
// (and, when it is a filter, its label `lc-filter-<name>` in shared/i18n/messages.ts).
import { SESSIONS_CATEGORY, SESSION_DEFAULTS_REGION } from './titles';
import { AUDIENCES, DEFAULT_DURATION, REGISTRATION_STATES, RESOURCE_KINDS, SESSION_TYPES, STATUSES } from './session';

export type ParamKind =
  /** One of `values` (case-insensitive); empty means `default`. */
  | 'choice'
  /** Any of `values`, separated by commas. */
  | 'choices'
  /** A whole number from `min` to `max`. */
  | 'whole'
  /** An http(s) link. */
  | 'url'
  /** Language codes, separated by commas (a code not known is a warning). */
  | 'languages'
  /** User names, separated by commas. */
  | 'users'
  /** Checked by the codec's own code (id, title, start, time zone) or not at all (text). */
  | 'special'
  | 'text';

export interface SessionParam {
  name: string;
  kind: ParamKind;
  required?: boolean;
  default?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** The code of the problem a wrong value raises (`session-<code>` in the report, `<code>` in the module). */
  problem?: string;
  /** What the report and the module's error box say of a wrong value. */
  message?: string;
  /** A wrong value only warns: the session is still published, and the module shows it too. */
  warning?: boolean;
  /** A list kind that takes one value only (the session's language). */
  single?: boolean;
  /** The card's `data-lc-*` attribute with the value as read (lists joined by spaces). */
  card?: string;
  /** The gadget offers a filter on it. */
  filter?: boolean;
  /**
   * The root's Config may set what a session that leaves this row out takes (`timezone =
   * Africa/Cairo` on a hub's Config), instead of `default`. See shared/sessions/session-defaults.ts.
   */
  configDefault?: boolean;
  /** TemplateData. */
  label: string;
  description: string;
  type: 'string' | 'number' | 'url' | 'content';
  example?: string;
  suggested?: boolean;
}

export const SESSION_PARAMS: readonly SessionParam[] = [
  { name: 'id', kind: 'special', required: true, label: 'Id', description: 'Unique name of the session: lower-case letters a–z, digits and single hyphens. Never change it once people have signed up.', type: 'string', example: 'wikidata-basics' },
  { name: 'type', kind: 'choice', values: SESSION_TYPES, default: 'clinic', problem: 'unknown-type', message: 'unknown type (clinic, connectathon or workshop)', card: 'type', filter: true, label: 'Type', description: 'clinic, connectathon or workshop.', type: 'string', suggested: true },
  { name: 'title', kind: 'special', required: true, card: 'title', label: 'Title', description: 'Title of the session, in its language.', type: 'string' },
  { name: 'topic', kind: 'text', card: 'topic', filter: true, label: 'Topic', description: "One topic from the programme's list (see the config page).", type: 'string', suggested: true },
  { name: 'description', kind: 'text', label: 'Description', description: 'A few sentences about what participants will learn.', type: 'content' },
  { name: 'start', kind: 'special', required: true, label: 'Start', description: "Date and time in the session's time zone: YYYY-MM-DD HH:MM, 24-hour clock.", type: 'string', example: '2026-12-03 14:00' },
  { name: 'timezone', kind: 'special', default: 'UTC', configDefault: true, label: 'Time zone', description: "IANA time zone of the start, such as Europe/Madrid, America/Lima, Africa/Lagos or Asia/Kolkata. Left out: the programme's (or hub's) usual zone, set on its Config page, else UTC.", type: 'string', suggested: true },
  { name: 'duration', kind: 'whole', min: 1, max: 1440, problem: 'invalid-duration', message: 'the duration must be a whole number of minutes from 1 to 1440', label: 'Duration (minutes)', description: 'Length in minutes, 1 to 1440.', type: 'number', default: '120 for clinics and workshops, 60 for connectathons' },
  { name: 'audience', kind: 'choices', values: AUDIENCES, problem: 'unknown-audience', message: 'unknown audience (newcomers, organisers or both)', card: 'audience', filter: true, label: 'Audience', description: 'newcomers, organisers, or both separated by a comma.', type: 'string', suggested: true },
  { name: 'sharers', kind: 'users', problem: 'invalid-username', message: 'a sharer is not a valid user name', label: 'Sharers', description: 'User names of the people who share their skills, separated by commas.', type: 'string', suggested: true },
  { name: 'language', kind: 'languages', single: true, default: 'en', configDefault: true, problem: 'unknown-language', message: 'a language code is not known (use codes such as en, es, ar, fr, pt)', warning: true, card: 'language', filter: true, label: 'Language', description: "Language code of the session. Left out: the programme's (or hub's) language, set on its Config page, else en.", type: 'string' },
  { name: 'interpretation', kind: 'languages', problem: 'unknown-language', message: 'a language code is not known (use codes such as en, es, ar, fr, pt)', warning: true, card: 'interpretation', label: 'Interpretation', description: 'Language codes of live interpretation, separated by commas.', type: 'string', example: 'es, ar, fr, pt' },
  { name: 'registration', kind: 'choice', values: REGISTRATION_STATES, default: 'open', problem: 'unknown-registration', message: 'unknown registration (open or closed)', card: 'registration', label: 'Registration', description: 'open or closed.', type: 'string' },
  { name: 'capacity', kind: 'whole', min: 1, configDefault: true, problem: 'invalid-capacity', message: 'the capacity must be a positive whole number', label: 'Capacity', description: "Number of places. Sign-ups beyond it go on a waitlist. Left out: the programme's (or hub's) default capacity, set on its Config page, else no limit.", type: 'number' },
  { name: 'meeting', kind: 'url', problem: 'invalid-url', message: 'a link must start with https:// or http://', label: 'Meeting link', description: 'https:// link to the online meeting.', type: 'url' },
  { name: 'status', kind: 'choice', values: STATUSES, default: 'scheduled', problem: 'unknown-status', message: 'unknown status (scheduled, cancelled or postponed)', card: 'status', label: 'Status', description: 'scheduled, cancelled or postponed.', type: 'string' },
  { name: 'recording', kind: 'url', problem: 'invalid-url', message: 'a link must start with https:// or http://', label: 'Recording', description: 'https:// link to the video recording (add recording-xx for other languages).', type: 'url' },
  { name: 'slides', kind: 'url', problem: 'invalid-url', message: 'a link must start with https:// or http://', label: 'Slides', description: 'https:// link to the slides (slides-xx for other languages).', type: 'url' },
  { name: 'audio', kind: 'url', problem: 'invalid-url', message: 'a link must start with https:// or http://', label: 'Audio', description: 'https:// link to the audio recording (audio-xx for other languages).', type: 'url' },
  { name: 'notes', kind: 'text', label: 'Notes', description: 'https:// link to the notes (notes-xx for other languages).', type: 'url' },
  { name: 'root', kind: 'special', label: 'Root', description: "For a session on a page outside its programme's (or hub's) pages, listed in its Config's session-pages: that root page, so that the card signs up there. Leave it out under ROOT/Sessions/.", type: 'string' },
  { name: 'hub', kind: 'text', card: 'hub', filter: true, label: 'Hub', description: "The hub that runs the session; the bot writes it on the combined calendar of all hubs (ROOT/All hubs). Leave it out on a session page.", type: 'string' },
];

export function sessionParam(name: string): SessionParam | undefined {
  return SESSION_PARAMS.find((p) => p.name === name);
}

/** The TemplateData of {{Let's Connect/Session}}, from the table (written into its /doc page by install). */
export function sessionTemplateData(): string {
  const params = Object.fromEntries(SESSION_PARAMS.map((p) => [p.name, {
    label: p.label, description: p.description, type: p.type,
    ...(p.required ? { required: true } : {}), ...(p.default !== undefined ? { default: p.default } : {}),
    ...(p.example ? { example: p.example } : {}), ...(p.suggested ? { suggested: true } : {}),
    ...(p.values && p.kind === 'choice' ? { suggestedvalues: p.values } : {}),
    // A list of choices: each value, and all of them together.
    ...(p.values && p.kind === 'choices' ? { suggestedvalues: [...p.values, p.values.join(', ')] } : {}),
  }]));
  return JSON.stringify({
    description: "One Let's Connect session (Learning Clinic, Connectathon or workshop). Rendered as a card with its time in UTC; the Let's Connect gadget shows it in the reader's time zone with a sign-up button.",
    format: 'block', params, paramOrder: SESSION_PARAMS.map((p) => p.name),
  }, null, '\t');
}

/** Module:Let's Connect/contract: the table as Lua data, which the module reads with mw.loadData. */
export function contractModule(): string {
  const lua = (value: unknown): string => {
    if (typeof value === 'string') return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `{ ${value.map(lua).join(', ')} }`;
    return `{ ${Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([k, v]) => `[${JSON.stringify(k)}] = ${lua(v)}`).join(', ')} }`;
  };
  const rows = SESSION_PARAMS.map(({ name, kind, default: fallback, values, min, max, problem, message, warning, single, card, filter, configDefault }) => `\t\t${lua({ name, kind, default: fallback, values, min, max, problem, message, warning, single, card, filter, configDefault })},`);
  return `-- Generated by \`letsconnect install\` from shared/model/session-contract.ts: do not edit here.\nreturn {\n\tparams = {\n${rows.join('\n')}\n\t},\n\tdurations = ${lua(DEFAULT_DURATION)},\n\tresources = ${lua([...RESOURCE_KINDS])},\n\tsessionsCategory = ${lua(SESSIONS_CATEGORY)},\n\tsessionDefaultsRegion = ${lua(SESSION_DEFAULTS_REGION)},\n}`;
}
