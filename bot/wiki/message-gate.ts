// Every talk-page message the bot would send passes here: only to people whose own edit put their
// line on the registration page, and never more than the config's caps in one run and for one
// session. What is held back is said on the Bot report instead.
import type { Mwn } from 'mwn';
import { problem, type Problem } from '../../shared/model/problems';
import { ownLines } from './own-lines';
import type { WriteOutcome } from './page-writer';

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
   * Those of `registrants` whose own edit put their line on the page (checked against its
   * history), then the `named` (sharers the session's own page names; not checked), in order.
   * The others are held back.
   */
  async asked(sessionId: string, page: string, registrants: string[], named: string[] = []): Promise<string[]> {
    // Someone the session's page names is let through whatever line another typed for them.
    const toCheck = registrants.filter((u) => !named.includes(u));
    const own = toCheck.length > 0 ? await ownLines(this.bot, page, toCheck) : new Set<string>();
    for (const user of toCheck.filter((u) => !own.has(u))) this.held.push({ user, sessionId, page, reason: 'not-own-line' });
    return [...registrants.filter((u) => own.has(u) || named.includes(u)), ...named.filter((u) => !registrants.includes(u))];
  }

  /** True (and the message held back) when a cap is reached; only messages really sent count. */
  holdsBack(sessionId: string, page: string, user: string): boolean {
    const forSession = this.sentBySession.get(sessionId) ?? 0;
    const reason: HeldReason | undefined = forSession >= this.limits.perSession ? 'session-cap' : this.sentInRun >= this.limits.perRun ? 'run-cap' : undefined;
    if (reason) this.held.push({ user, sessionId, page, reason });
    return reason !== undefined;
  }

  /** Counts a message towards the caps when the write sent it (a talk page that had it already does not count). */
  count(sessionId: string, outcome: WriteOutcome): void {
    if (!['created', 'edited', 'would-create', 'would-edit'].includes(outcome.action)) return;
    this.sentBySession.set(sessionId, (this.sentBySession.get(sessionId) ?? 0) + 1);
    this.sentInRun += 1;
  }

  /** The held messages as report lines: per session, those whose line was not their own, and those over a cap. */
  problems(): Problem[] {
    const found: Problem[] = [];
    const names = (list: HeldMessage[]) => (list.length <= 20 ? list.map((h) => h.user).join(', ') : `${list.slice(0, 20).map((h) => h.user).join(', ')} and ${list.length - 20} more`);
    for (const sessionId of [...new Set(this.held.map((h) => h.sessionId))]) {
      const forSession = this.held.filter((h) => h.sessionId === sessionId);
      const notOwn = forSession.filter((h) => h.reason === 'not-own-line');
      const capped = forSession.filter((h) => h.reason !== 'not-own-line');
      const where = { page: forSession[0].page, sessionId };
      if (notOwn.length > 0) {
        found.push(problem('message-held-not-own-line', `${notOwn.length} line(s) were not added by their user's own edit, so the bot did not send ${this.what} to: ${names(notOwn)}.`, where, 'warning'));
      }
      if (capped.length > 0) {
        const cap = capped[0].reason === 'session-cap' ? `max-messages-per-session = ${this.limits.perSession}` : `max-messages-per-run = ${this.limits.perRun}`;
        found.push(problem('message-held-cap', `${capped.length} message(s) (${this.what}) were not sent because of the cap (${cap} on the config page): ${names(capped)}. Raise the cap if these are genuine.`, where, 'warning'));
      }
    }
    return found;
  }
}
