// Every read and write the bot makes of pages goes through here: batch reads whose revisions are
// the base of the edits that follow (no page is read twice for nothing), shutoff check, dry-run
// diffs, conflict-safe edits (read again and re-applied on a conflict), a pause between edits.
import { setTimeout as delay } from 'node:timers/promises';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import {
	botMayEdit,
	botMayPostMessage,
	type BotIdentity,
} from '../../shared/bots-policy';
import type { Log } from './log';
import { SessionLostError, readPages, type ReadPage } from './client';
import { WaitBudget, WaitBudgetError } from './wait-budget';
import {
	editBase,
	isConflict,
	whyNotSaved,
} from '../../shared/api/edit-protocol';

export type WriteAction =
	| 'created'
	| 'edited'
	| 'unchanged'
	| 'would-create'
	| 'would-edit'
	| 'skipped'
	| 'failed';

export interface WriteOutcome {
	title: string;
	action: WriteAction;
	reason?: string;
	/** The revision saved, and its parent (none for a new page; another's edit when the wiki merged one): known when the wiki said. */
	revision?: number;
	base?: number;
}

/** Returns the page's new text, the same text for "no change", or `{ skip }` to leave it alone. */
export type PageTransform = (
	current: string | undefined,
) => string | { skip: string };

export class ShutoffError extends Error {
	public constructor(page: string) {
		super(
			`Stopped: the shutoff page [[${page}]] has text. Blank it to let the bot run again.`,
		);
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
	/** The run's whole waiting budget (shared with the client's maxlag waits); 10 minutes if none. */
	waitBudget?: WaitBudget;
	/** Titles a batch read may ask for: 500 for an account with `apihighlimits`, else 50 (the default). */
	titlesPerRequest?: number;
	/** Where a dry run's diffs go: standard output unless the caller says. */
	out?: (text: string) => void;
}

export interface WriteOptions {
	/**
	 * Pages the bot does not own obey {{bots}}/{{nobots}}: `edit` for an edit, or the message
	 * type for a talk-page message (which also honours `optout=`).
	 */
	respectBots?: 'edit' | { message: string };
	/** Looks at a changed text before it is saved (or shown in a dry run); a reason leaves the page as it is. */
	check?: (text: string) => Promise<string | undefined>;
}

export class PageWriter {
	public readonly outcomes: WriteOutcome[] = [];

	public readonly waitBudget: WaitBudget;

	public constructor(
		private readonly bot: Mwn,
		private readonly options: PageWriterOptions,
	) {
		this.waitBudget = options.waitBudget ?? new WaitBudget(600000);
	}

	/** Pages the run means to write, so that a run stopped midway can name those it did not reach. */
	public readonly planned: string[] = [];

	public get notReached(): string[] {
		return this.planned.filter(
			(title) => !this.outcomes.some((o) => o.title === title),
		);
	}

	public get editCount(): number {
		return this.outcomes.filter(
			(o) => o.action === 'created' || o.action === 'edited',
		).length;
	}

	/** Pages this run has read and not written since: the first attempt of an edit starts from them. */
	private readonly known = new Map<string, ReadPage | 'missing'>();

	/**
	 * Pages by title (missing ones absent), in batches; a page this run already read (and has not
	 * written since) is not asked for again. What is read is the base of the first try of a later
	 * write: an edit made meanwhile by anyone is an edit conflict, read again and re-applied.
	 */
	public async read(titles: string[]): Promise<Map<string, ReadPage>> {
		const unread = [...new Set(titles)].filter((t) => !this.known.has(t));
		if (unread.length > 0) {
			const pages = await readPages(
				this.bot,
				unread,
				this.options.titlesPerRequest,
			);
			for (const title of unread)
				this.known.set(title, pages.get(title) ?? 'missing');
		}
		const result = new Map<string, ReadPage>();
		for (const title of titles) {
			const page = this.known.get(title);
			if (page && page !== 'missing') result.set(title, page);
		}
		return result;
	}

	/**
	 * Throws {@link ShutoffError} when the shutoff page has any text; a missing page means "run".
	 * `fresh` (before every edit) reads it now; the run's first check may use the run's batch read.
	 */
	public async checkShutoff(fresh = true): Promise<void> {
		const page = this.options.shutoffPage;
		if (fresh) this.known.delete(page);
		const text = (await this.read([page])).get(page)?.text ?? '';
		this.known.delete(page);
		if (text.trim() !== '') throw new ShutoffError(page);
	}

	public get shutoffPage(): string {
		return this.options.shutoffPage;
	}

	/** The bot's account name (without a bot password's suffix): its own pages and revisions are known by it. */
	public get account(): string {
		return this.options.identity.username;
	}

	public async write(
		title: string,
		transform: PageTransform,
		summary: string,
		options: WriteOptions = {},
	): Promise<WriteOutcome> {
		const guarded = options.respectBots
			? this.guard(transform, options.respectBots)
			: transform;
		let outcome: WriteOutcome;
		try {
			outcome = await this.withRateLimit(() =>
				this.writeOnce(title, guarded, summary, options.check),
			);
		} catch (error) {
			// One page the wiki refuses (protected, deleted, a bad title) must not stop the others.
			if (
				error instanceof ShutoffError ||
				error instanceof SessionLostError ||
				error instanceof WaitBudgetError
			)
				throw error;
			outcome = { title, action: 'failed', reason: (error as Error).message };
		}
		this.outcomes.push(outcome);
		const detail = outcome.reason ? ` (${outcome.reason})` : '';
		const say =
			outcome.action === 'unchanged'
				? this.options.log.verbose
				: outcome.action === 'failed'
					? this.options.log.warn
					: this.options.log.info;
		say(`${outcome.action}: ${title}${detail}`);
		return outcome;
	}

	private guard(
		transform: PageTransform,
		rule: NonNullable<WriteOptions['respectBots']>,
	): PageTransform {
		const { identity } = this.options;
		return (current) => {
			if (current !== undefined) {
				if (/^\s*#redirect\s*\[\[/i.test(current))
					return {
						skip: 'the page is a redirect (a renamed user?); nothing was written there',
					};
				const allowed =
					rule === 'edit'
						? botMayEdit(current, identity)
						: botMayPostMessage(current, identity, rule.message);
				if (!allowed)
					return {
						skip: 'the page asks bots not to edit it ({{bots}}/{{nobots}})',
					};
			}
			return transform(current);
		};
	}

	/**
	 * `ratelimited` is not retried by mwn: wait and try again, 2 s, then 4 s, 8 s … (at most 60 s a
	 * wait), while the run's whole waiting budget lasts; then the run stops with {@link WaitBudgetError}.
	 */
	private async withRateLimit<T>(action: () => Promise<T>): Promise<T> {
		for (let wait = 2000; ; wait = Math.min(wait * 2, 60000)) {
			try {
				return await action();
			} catch (error) {
				if ((error as { code?: string }).code !== 'ratelimited') throw error;
				this.waitBudget.spend(wait, 'ratelimited');
				this.options.log.warn(
					`rate limited by the wiki; waiting ${Math.round(wait / 1000)} s`,
				);
				await delay(wait);
			}
		}
	}

	/**
	 * Reads the page (text, revision id, the wiki's time), applies the transform, and saves with
	 * `baserevid`: any edit made in between, even in the same second, is a conflict that is read
	 * again and re-applied. Never with `basetimestamp`: MediaWiki then compares timestamps, which
	 * have one-second resolution, and lets a same-second edit by someone else be overwritten, even
	 * with `baserevid` beside it (measured on 1.39: Success, Success, one change lost). A dropped answer that mwn retries is safe too: the wiki sees the same user's
	 * own revision as the base and saves nothing new.
	 */
	private async writeOnce(
		title: string,
		transform: PageTransform,
		summary: string,
		check?: WriteOptions['check'],
	): Promise<WriteOutcome> {
		for (let attempt = 1; ; attempt++) {
			const known = attempt === 1 ? this.known.get(title) : undefined;
			// Whatever happens next, a later write of this page reads it again.
			this.known.delete(title);
			const current =
				known === undefined
					? await this.currentRevision(title)
					: known === 'missing'
						? { now: '' }
						: {
								now: known.readAt,
								page: { text: known.text, revid: known.revid },
							};
			const next = transform(current.page?.text);
			if (typeof next !== 'string')
				return { title, action: 'skipped', reason: next.skip };
			if (next === current.page?.text) return { title, action: 'unchanged' };
			const refused = check ? await check(next) : undefined;
			if (refused) return { title, action: 'skipped', reason: refused };
			if (this.options.dryRun) {
				// The wiki stores pages without a final newline; add one to both sides so the diff shows only real changes.
				(this.options.out ?? ((text) => process.stdout.write(text)))(
					createTwoFilesPatch(
						title,
						title,
						current.page === undefined ? '' : `${current.page.text}\n`,
						`${next}\n`,
						'on the wiki',
						'after this run',
					),
				);
				return {
					title,
					action: current.page === undefined ? 'would-create' : 'would-edit',
				};
			}
			await this.checkShutoff();
			try {
				const saved = await this.save(title, next, summary, current);
				if (this.options.pauseMs > 0 && saved.action !== 'unchanged')
					await delay(this.options.pauseMs);
				return { title, ...saved };
			} catch (error) {
				const code = (error as { code?: string }).code ?? '';
				// Whatever ended the answer (no answer, a cut one, a server error after the save), the
				// page read again says whether the edit is there before anyone is told it failed.
				if (
					!isConflict(code) &&
					code !== 'notsaved' &&
					!(
						error instanceof WaitBudgetError ||
						error instanceof SessionLostError
					) &&
					(await this.hasOwnEdit(title, next, summary, current.page?.revid))
				) {
					return {
						title,
						action: current.page ? 'edited' : 'created',
						reason: 'the answer was lost; the page, read again, has the change',
					};
				}
				if (!isConflict(code) || attempt >= 3) throw error;
				this.options.log.verbose(
					`${code} on ${title}: reading it again (try ${attempt + 1})`,
				);
			}
		}
	}

	private async save(
		title: string,
		text: string,
		summary: string,
		current: CurrentRevision,
	): Promise<{
		action: 'created' | 'edited' | 'unchanged';
		revision?: number;
		base?: number;
	}> {
		const response = await this.bot.request({
			action: 'edit',
			title,
			text,
			summary,
			bot: true,
			assert: this.options.assert,
			...editBase(current.page?.revid, current.now),
			token: this.bot.csrfToken,
		});
		const edit = response.edit ?? {};
		const notSaved = whyNotSaved(edit);
		if (notSaved) {
			const why =
				notSaved.kind === 'captcha'
					? 'the wiki asks this account for a CAPTCHA (ConfirmEdit): give it the skipcaptcha right (a bot flag, or the confirmed group) and run again'
					: `the wiki held the edit without saving it (${notSaved.detail}): an edit filter or another extension; see the account's edit filter log`;
			throw Object.assign(new Error(`not saved: ${why}`), { code: 'notsaved' });
		}
		// "No change" for a text that differs from the one read: the page already has it, saved by an
		// attempt whose answer was lost and that mwn sent again.
		if (edit.nochange !== undefined)
			return {
				action:
					current.page?.text === text
						? 'unchanged'
						: current.page
							? 'edited'
							: 'created',
			};
		// The revision the wiki saved on: not always the one read, since MediaWiki merges an edit
		// made meanwhile that touches other lines instead of answering editconflict.
		return {
			action: current.page ? 'edited' : 'created',
			...(Number(edit.newrevid) > 0 ? { revision: Number(edit.newrevid) } : {}),
			...(Number(edit.oldrevid) > 0 ? { base: Number(edit.oldrevid) } : {}),
		};
	}

	/**
	 * Whether the page now holds this edit: its text, or (the wiki transforms some text on save:
	 * signatures) a newer revision than the base by this account with this summary.
	 */
	private async hasOwnEdit(
		title: string,
		text: string,
		summary: string,
		base: number | undefined,
	): Promise<boolean> {
		try {
			const response = await this.bot.query({
				prop: 'revisions',
				titles: title,
				rvprop: 'content|ids|user|comment',
				rvslots: 'main',
			});
			const revision = response.query?.pages?.[0]?.revisions?.[0];
			if (!revision) return false;
			if (revision.slots?.main?.content === text) return true;
			return (
				Number(revision.revid) !== base &&
				revision.user === this.account &&
				revision.comment === summary
			);
		} catch {
			return false;
		}
	}

	private async currentRevision(title: string): Promise<CurrentRevision> {
		const response = await this.bot.query({
			prop: 'revisions',
			titles: title,
			rvprop: 'content|ids',
			rvslots: 'main',
			curtimestamp: true,
		});
		const page = response.query?.pages?.[0];
		const now = String(
			(response as { curtimestamp?: string }).curtimestamp ?? '',
		);
		if (page?.invalid) throw new Error(`Invalid page title: ${title}`);
		const revision = page?.revisions?.[0];
		if (!page || page.missing || !revision) return { now };
		return {
			now,
			page: {
				text: revision.slots?.main?.content ?? '',
				revid: Number(revision.revid),
			},
		};
	}
}

interface CurrentRevision {
	/** The wiki's time of the read: `starttimestamp`, so that a deletion meanwhile is a conflict. */
	now: string;
	page?: { text: string; revid: number };
}
