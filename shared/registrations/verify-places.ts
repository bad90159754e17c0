// Places from verified actions. The bot replays a registration page's history since its last
// roster, one revision at a time: a line counts when the named person's own revision wrote it,
// or a liaison's (named on the root's Config) or an administrator's; its place is that revision's
// time. An edit of someone else's line changes nobody's place: it becomes a finding for the Bot
// report, and the person's own words are put back (restoreOwnWords).
import { isTemporaryAccount, isValidUsername, normaliseUsername } from '../model/usernames';
import { appendLine, cancelLines, registrationLines, type RegistrationLine } from './registration-page';
import { lineHash, MAX_FINDINGS, type Finding, type FindingKind, type Roster, type RosterAct, type RosterEntry } from './roster';

/** One revision of the registration page, as the history gives it. */
export interface PageRevisionRecord {
  revid: number;
  timestamp: string;
  /** Who saved it; undefined when the name is hidden (revision deletion). */
  user?: string;
  /** Its text; undefined when it is hidden. */
  text?: string;
}

/** Who may act for whom: the bot, the root's liaisons, the wiki's administrators. */
export interface Trust {
  bot: string;
  liaisons: readonly string[];
  admins: readonly string[];
}

type Role = 'self' | 'liaison' | 'admin' | 'bot' | 'other';

function roleOf(author: string | undefined, user: string, trust: Trust): Role {
  if (author === undefined) return 'other';
  const name = normaliseUsername(author);
  if (name === normaliseUsername(trust.bot)) return 'bot';
  if (name === user) return 'self';
  if (trust.liaisons.map(normaliseUsername).includes(name)) return 'liaison';
  if (trust.admins.map(normaliseUsername).includes(name)) return 'admin';
  return 'other';
}

/** A place is anyone's to take or give up only by their own edit, a liaison's or an administrator's. */
const mayPlace = (role: Role) => role === 'self' || role === 'liaison' || role === 'admin';
/** A choice (reminders, language, interpretation) only by theirs or a liaison's. */
const mayChoose = (role: Role) => role === 'self' || role === 'liaison';

/** What the page says of one user: do they count, with which choices, in which words, where. */
interface UserView {
  active: boolean;
  choices: RegistrationLine['choices'];
  /** Their first line that counts, else their first line. */
  line: string;
  /** Every line of theirs, as written, in page order (a second line of theirs is a change too). */
  lines: string[];
  /** Those of their lines that count. */
  activeLines: string[];
  order: number;
}

/**
 * Each user's lines as the page reads them, as parseRegistrations does: the last of their lines
 * says whether they count (a cancelled line after a sign-up cancels it; a line after a
 * cancellation signs up again).
 */
function viewsOf(text: string): Map<string, UserView> {
  const views = new Map<string, UserView>();
  for (const line of registrationLines(text)) {
    const known = views.get(line.user);
    const words = line.text.trim();
    const lines = [...(known?.lines ?? []), words];
    const activeLines = [...(known?.activeLines ?? []), ...(line.cancelled ? [] : [words])];
    // The words and choices of their first line that counts, once one does.
    const first = known?.active && !line.cancelled ? known : { choices: line.choices, line: words };
    views.set(line.user, { active: !line.cancelled, choices: first.choices, line: first.line, lines, activeLines, order: known?.order ?? line.start });
  }
  return views;
}

const sameChoices = (a: UserView['choices'], b: UserView['choices']) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

const sameView = (a: UserView | undefined, b: UserView | undefined) =>
  a === b || (!!a && !!b && a.active === b.active && a.lines.join('\n') === b.lines.join('\n'));

/** The users, in `before`'s order, whose lines another edit moved (those off a longest common order). */
function movedUsers(before: string[], after: string[]): string[] {
  const common = before.filter((u) => after.includes(u));
  const target = after.filter((u) => common.includes(u));
  if (common.join('\n') === target.join('\n')) return [];
  // Longest common subsequence by dynamic programming (a page holds hundreds of lines at most).
  const n = common.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i][j] = common[i] === target[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < n; ) {
    if (common[i] === target[j]) { kept.add(common[i]); i++; j++; } else if (table[i + 1][j] >= table[i][j + 1]) i++; else j++;
  }
  return common.filter((u) => !kept.has(u));
}

/** The users in page order. */
const orderOf = (views: Map<string, UserView>) => [...views].sort(([, a], [, b]) => a.order - b.order).map(([u]) => u);

/**
 * The roster after the given revisions (oldest first), from the previous roster and the text of
 * the revision it was verified through (`base`; '' for a page the bot has never verified).
 * `capacity` (the session's now) says who waited, so that a place for them later is told.
 */
export function verifyPlaces(previous: Roster, base: string, revisions: PageRevisionRecord[], trust: Trust, capacity?: number): Roster {
  const roster: Roster = structuredCloneRoster(previous);
  const byUser = new Map(roster.entries.map((e) => [e.user, e]));
  const findings: Finding[] = [];
  let before = viewsOf(base);
  let lastText = base;
  // Changes across a revision whose text is hidden are nobody's to vouch for.
  let blind = false;
  for (const revision of revisions) {
    roster.revision = revision.revid;
    roster.at = revision.timestamp;
    if (revision.text === undefined) {
      blind = true;
      continue;
    }
    const after = viewsOf(revision.text);
    lastText = revision.text;
    const author = revision.user === undefined ? '' : normaliseUsername(revision.user);
    const act: RosterAct = { revision: revision.revid, at: revision.timestamp };
    const found = new Map<FindingKind, string[]>();
    const note = (kind: FindingKind, user: string) => found.set(kind, [...(found.get(kind) ?? []), user]);
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .filter((u) => !sameView(before.get(u), after.get(u)))
      .sort((a, b) => (after.get(a)?.order ?? Infinity) - (after.get(b)?.order ?? Infinity));
    const role = (user: string): Role => (blind ? 'other' : roleOf(revision.user, user, trust));
    for (const user of changed) {
      const now = after.get(user);
      const who = role(user);
      if (who === 'bot') continue;
      if (!isValidUsername(user)) {
        // A temporary account's line is named on every run's report already.
        if (now?.active && !isTemporaryAccount(user)) note('not-a-user', user);
        continue;
      }
      const entry = byUser.get(user);
      const holds = !!entry && !entry.cancelled;
      const by = who === 'self' ? undefined : author;
      if (!mayPlace(who)) {
        if (now?.active && !holds) note(entry ? 'uncancelled' : 'added', user);
        else if (holds && !now) note('deleted', user);
        else if (holds && !now?.active) note('cancelled', user);
        else if (holds) note('changed', user);
        continue;
      }
      if (now?.active && !holds) {
        // A new place at the end of the queue (a second sign-up after a cancellation, too), in
        // the words this edit wrote (not a line someone else typed for them before).
        const words = now.activeLines.find((l) => !before.get(user)?.lines.includes(l)) ?? now.line;
        const written = registrationLines(words)[0];
        const joined: RosterEntry = { user, joined: { ...act, by }, choices: mayChoose(who) ? written?.choices ?? now.choices : {}, line: words };
        if (entry) roster.entries.splice(roster.entries.indexOf(entry), 1);
        roster.entries.push(joined);
        byUser.set(user, joined);
      } else if (now?.active && entry) {
        if (mayChoose(who)) {
          entry.choices = now.choices;
          entry.line = now.line;
        } else if (!sameChoices(entry.choices, now.choices)) note('changed', user);
      } else if (holds && entry) {
        // Cancelled, or the line deleted: by them, a liaison or an administrator, so it counts.
        entry.cancelled = { ...act, by };
        if (now) entry.line = now.line;
      } else if (!entry && now) {
        // A cancelled line and nothing before it: listed as cancelled, as the page reads it.
        const listed: RosterEntry = { user, joined: { ...act, by }, cancelled: { ...act, by }, choices: {}, line: now.line };
        roster.entries.push(listed);
        byUser.set(user, listed);
      }
    }
    if (!blind && author !== normaliseUsername(trust.bot)) {
      const moved = movedUsers(orderOf(before), orderOf(after)).filter(isValidUsername);
      if (moved.length > 0) found.set('moved', moved);
    }
    // After a hidden revision, what changed may be its author's: named as unknown.
    for (const [kind, users] of found) findings.push({ revision: revision.revid, at: revision.timestamp, author: blind ? '' : author, kind, users });
    blind = false;
    markWaiting(roster.entries, capacity);
    before = after;
  }
  // With the capacity as it is now (a liaison may have changed it without a new line).
  markWaiting(roster.entries, capacity);
  roster.seen = [...new Set(registrationLines(lastText).map((l) => lineHash(l.text)))];
  roster.findings = [...roster.findings, ...findings].slice(-MAX_FINDINGS);
  return roster;
}

/** Everyone beyond the capacity now waits: remembered, so that their place later is told. */
function markWaiting(entries: RosterEntry[], capacity: number | undefined): void {
  if (capacity === undefined) return;
  let place = 0;
  for (const entry of entries) {
    if (entry.cancelled) continue;
    if (++place > capacity) entry.waited = true;
  }
}

function structuredCloneRoster(roster: Roster): Roster {
  return JSON.parse(JSON.stringify(roster)) as Roster;
}

export interface Restoration {
  text: string;
  /** Whose own words were put back. */
  restored: string[];
  /** Whose line could not be put back where the wiki would read it (an unclosed comment or tag). */
  unreadable: string[];
}

/**
 * The page with every roster entry's own words back where someone else changed or deleted them:
 * a deleted line added again at the end, a changed one replaced, a line made to count again after
 * its owner cancelled marked cancelled. Only for users whose lines are as they were in
 * `verified` (the text the roster was made from): a change since then is the next run's to judge.
 */
export function restoreOwnWords(current: string, roster: Roster, verified: string): Restoration {
  const then = viewsOf(verified);
  let text = current;
  const restored: string[] = [];
  const unreadable: string[] = [];
  for (const entry of roster.entries) {
    const views = viewsOf(text);
    const now = views.get(entry.user);
    if (!sameView(now, then.get(entry.user))) continue;
    if (entry.cancelled) {
      if (!now?.active) continue;
      text = cancelLines(text, entry.user);
      restored.push(entry.user);
      continue;
    }
    if (now?.activeLines.includes(entry.line)) continue;
    const line = registrationLines(text).find((l) => l.user === entry.user && l.text.trim() === now?.line);
    const next = line ? text.slice(0, line.start) + entry.line + text.slice(line.end) : appendLine(text, entry.line);
    const back = viewsOf(next).get(entry.user);
    if (back?.activeLines.includes(entry.line)) {
      text = next;
      restored.push(entry.user);
    } else {
      unreadable.push(entry.user);
    }
  }
  return { text, restored, unreadable };
}
