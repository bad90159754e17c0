// Every write the bot makes goes through here: shutoff check, dry-run diffs, conflict-safe edits
// (mwn re-reads and re-applies the transform on an edit conflict), a pause between edits.
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { botMayEdit, botMayPostMessage, type BotIdentity } from '../../shared/bots-policy';
import type { Log } from './log';

export type WriteAction = 'created' | 'edited' | 'unchanged' | 'would-create' | 'would-edit' | 'skipped' | 'failed';

export interface WriteOutcome {
  title: string;
  action: WriteAction;
  reason?: string;
}

/** Returns the page's new text, the same text for "no change", or `{ skip }` to leave it alone. */
export type PageTransform = (current: string | undefined) => string | { skip: string };

export class ShutoffError extends Error {
  constructor(page: string) {
    super(`Stopped: the shutoff page [[${page}]] has text. Blank it to let the bot run again.`);
  }
}

export interface PageWriterOptions {
  dryRun: boolean;
  /** Milliseconds to wait after each edit. */
  pauseMs: number;
  shutoffPage: string;
  log: Log;
  /** `bot` once the account has the bot flag; `user` before (bot policy allows trial edits). */
  assert: 'bot' | 'user';
  identity: BotIdentity;
  /** Longest wait after a `ratelimited` answer, in milliseconds, before trying once more. */
  rateLimitWaitMs?: number;
}

export interface WriteOptions {
  /**
   * Pages the bot does not own obey {{bots}}/{{nobots}}: `edit` for an edit, or the message
   * type for a talk-page message (which also honours `optout=`).
   */
  respectBots?: 'edit' | { message: string };
}

export class PageWriter {
  readonly outcomes: WriteOutcome[] = [];

  constructor(private readonly bot: Mwn, private readonly options: PageWriterOptions) {}

  get editCount(): number {
    return this.outcomes.filter((o) => o.action === 'created' || o.action === 'edited').length;
  }

  /** Throws {@link ShutoffError} when the shutoff page has any text; a missing page means "run". */
  async checkShutoff(): Promise<void> {
    const response = await this.bot.query({ prop: 'revisions', titles: this.options.shutoffPage, rvprop: 'content', rvslots: 'main' });
    const page = response.query?.pages?.[0];
    const text: string = page?.missing ? '' : (page?.revisions?.[0]?.slots?.main?.content ?? '');
    if (text.trim() !== '') throw new ShutoffError(this.options.shutoffPage);
  }

  async write(title: string, transform: PageTransform, summary: string, options: WriteOptions = {}): Promise<WriteOutcome> {
    const guarded = options.respectBots ? this.guard(transform, options.respectBots) : transform;
    let outcome: WriteOutcome;
    try {
      outcome = await this.withRateLimit(() => this.writeOnce(title, guarded, summary));
    } catch (error) {
      // One page the wiki refuses (protected, deleted, a bad title) must not stop the others.
      if (error instanceof ShutoffError) throw error;
      outcome = { title, action: 'failed', reason: (error as Error).message };
    }
    this.outcomes.push(outcome);
    const detail = outcome.reason ? ` (${outcome.reason})` : '';
    const say = outcome.action === 'unchanged' ? this.options.log.verbose : outcome.action === 'failed' ? this.options.log.warn : this.options.log.info;
    say(`${outcome.action}: ${title}${detail}`);
    return outcome;
  }

  private guard(transform: PageTransform, rule: NonNullable<WriteOptions['respectBots']>): PageTransform {
    const { identity } = this.options;
    return (current) => {
      if (current !== undefined) {
        if (/^\s*#redirect\s*\[\[/i.test(current)) return { skip: 'the page is a redirect (a renamed user?); nothing was written there' };
        const allowed = rule === 'edit' ? botMayEdit(current, identity) : botMayPostMessage(current, identity, rule.message);
        if (!allowed) return { skip: 'the page asks bots not to edit it ({{bots}}/{{nobots}})' };
      }
      return transform(current);
    };
  }

  /** `ratelimited` is not retried by mwn: wait and try again, a bounded number of times. */
  private async withRateLimit<T>(action: () => Promise<T>): Promise<T> {
    const wait = this.options.rateLimitWaitMs ?? 60000;
    for (let attempt = 1; ; attempt++) {
      try {
        return await action();
      } catch (error) {
        if ((error as { code?: string }).code !== 'ratelimited' || attempt >= 3) throw error;
        this.options.log.warn(`rate limited by the wiki; waiting ${Math.round(wait / 1000)} s`);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async writeOnce(title: string, transform: PageTransform, summary: string): Promise<WriteOutcome> {
    const current = await this.currentText(title);
    const first = transform(current);
    if (typeof first !== 'string') return { title, action: 'skipped', reason: first.skip };
    if (first === current) return { title, action: 'unchanged' };
    if (this.options.dryRun) {
      // The wiki stores pages without a final newline; add one to both sides so the diff shows only real changes.
      process.stdout.write(createTwoFilesPatch(title, title, current === undefined ? '' : `${current}\n`, `${first}\n`, 'on the wiki', 'after this run'));
      return { title, action: current === undefined ? 'would-create' : 'would-edit' };
    }
    await this.checkShutoff();
    let outcome: WriteOutcome;
    if (current === undefined) {
      await this.bot.create(title, first, summary, { assert: this.options.assert });
      outcome = { title, action: 'created' };
    } else {
      let skipped: string | undefined;
      const result = await this.bot.edit(title, (revision) => {
        const next = transform(revision.content);
        if (typeof next !== 'string') { skipped = next.skip; return false as unknown as string; }
        return next === revision.content ? (false as unknown as string) : { text: next, summary, assert: this.options.assert } as never;
      }, { conflictRetries: 3, suppressNochangeWarning: true, exclusionRegex: undefined });
      if (skipped) return { title, action: 'skipped', reason: skipped };
      outcome = { title, action: result.result === 'aborted' || result.nochange ? 'unchanged' : 'edited' };
    }
    if (this.options.pauseMs > 0 && outcome.action !== 'unchanged') await new Promise((r) => setTimeout(r, this.options.pauseMs));
    return outcome;
  }

  private async currentText(title: string): Promise<string | undefined> {
    const response = await this.bot.query({ prop: 'revisions', titles: title, rvprop: 'content', rvslots: 'main' });
    const page = response.query?.pages?.[0];
    if (!page || page.missing) return undefined;
    if (page.invalid) throw new Error(`Invalid page title: ${title}`);
    return page.revisions?.[0]?.slots?.main?.content ?? '';
  }
}
