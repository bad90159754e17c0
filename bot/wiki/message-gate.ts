// Every talk-page message the bot would send passes here: only to people whose own edit put their
// line on the registration page, and never more than the config's caps in one run and for one
// session. What is held back is said on the Bot report instead.
import type { Mwn } from 'mwn';
import { problem, type Problem } from '../../shared/model/problems';
import { ownLines } from './own-lines';

export type HeldReason = 'not-own-line' | 'session-cap' | 'run-cap';

export interface HeldMessage {
  user: string;
  sessionId: string;
  page: string;
  reason: HeldReason;
}

export interface GateLimits {
  perRun: number;
  perSession: number;
}

export class MessageGate {
  readonly held: HeldMessage[] = [];
  private sentInRun = 0;
  private readonly sentBySession = new Map<string, number>();

  constructor(private readonly bot: Mwn, private readonly limits: GateLimits, private readonly what: string) {}

  /**
   * Those of `registrants` (checked against the page's history) and `named` (sharers the session's
   * own page names; not checked) who may get a message now, in order; the others are held.
   */
  async admit(sessionId: string, page: string, registrants: string[], named: string[] = []): Promise<string[]> {
    const asked = registrants.length > 0 ? await ownLines(this.bot, page, registrants) : new Set<string>();
    const admitted: string[] = [];
    for (const user of [...registrants, ...named]) {
      if (!named.includes(user) && !asked.has(user)) {
        this.held.push({ user, sessionId, page, reason: 'not-own-line' });
        continue;
      }
      const forSession = this.sentBySession.get(sessionId) ?? 0;
      const reason: HeldReason | undefined = forSession >= this.limits.perSession ? 'session-cap' : this.sentInRun >= this.limits.perRun ? 'run-cap' : undefined;
      if (reason) {
        this.held.push({ user, sessionId, page, reason });
        continue;
      }
      this.sentBySession.set(sessionId, forSession + 1);
      this.sentInRun += 1;
      admitted.push(user);
    }
    return admitted;
  }

  /** The held messages as report lines: one per line not added by its user, one per session over a cap. */
  problems(): Problem[] {
    const found: Problem[] = [];
    for (const h of this.held.filter((m) => m.reason === 'not-own-line')) {
      found.push(problem('message-held-not-own-line', `${h.user}'s line was not added by ${h.user}'s own edit, so the bot did not send them ${this.what}.`, { page: h.page, sessionId: h.sessionId }, 'warning'));
    }
    const capped = new Map<string, HeldMessage[]>();
    for (const h of this.held.filter((m) => m.reason !== 'not-own-line')) capped.set(h.sessionId, [...(capped.get(h.sessionId) ?? []), h]);
    for (const [sessionId, list] of capped) {
      const cap = list[0].reason === 'session-cap' ? `max-messages-per-session = ${this.limits.perSession}` : `max-messages-per-run = ${this.limits.perRun}`;
      found.push(problem('message-held-cap', `${list.length} message(s) (${this.what}) were not sent because of the cap (${cap} on the config page): ${list.map((h) => h.user).join(', ')}. Raise the cap if these are genuine.`, { page: list[0].page, sessionId }, 'warning'));
    }
    return found;
  }
}
