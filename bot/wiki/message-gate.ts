// Every talk-page message the bot would send passes here: only to people who asked (registrants
// by their own verified line, sharers named by their own edit or a liaison's: the callers check),
// never to a talk page in the wiki's opt-out category for message delivery, and never more than
// the config's caps in one run and for one session. What is held back is said on the Bot report.
import type { Mwn } from 'mwn';
import { problem, type Problem } from '../../shared/model/problems';
import { talkPageTitle } from '../../shared/model/titles';
import { countOf } from '../../shared/pages/problem-words';
import type { WriteOutcome } from './page-writer';

export type HeldReason =
	| 'sharer-not-agreed'
	| 'not-own-follow'
	| 'opted-out'
	| 'session-cap'
	| 'run-cap';

/** MassMessage's opt-out category, where the wiki has not named its own (`MediaWiki:Massmessage-optout-category`). */
export const DEFAULT_OPTOUT_CATEGORY = 'Opted-out of message delivery';

/**
 * The wiki's opt-out category for message delivery: its own name for it when MassMessage is there
 * (in the wiki's content language, as MassMessage reads it), else the usual one.
 */
async function optOutCategory(bot: Mwn): Promise<string> {
	const site = await bot.request({
		action: 'query',
		meta: 'siteinfo',
		siprop: 'general',
	});
	const response = await bot.request({
		action: 'query',
		meta: 'allmessages',
		ammessages: 'massmessage-optout-category',
		amlang: String(site.query?.general?.lang ?? 'en'),
	});
	const message = response.query?.allmessages?.[0] as
		| { content?: string; missing?: boolean }
		| undefined;
	return message && !message.missing && message.content?.trim()
		? message.content.trim()
		: DEFAULT_OPTOUT_CATEGORY;
}

/** What a write did when it left a message (or would have, in a dry run). */
const SENT: WriteOutcome['action'][] = [
	'created',
	'edited',
	'would-create',
	'would-edit',
];

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
	public readonly held: HeldMessage[] = [];

	private readonly sentBySession = new Map<string, number>();

	private category?: Promise<string>;

	/** Users whose talk page this run found in the opt-out category (true) or not (false). */
	private readonly optOuts = new Map<string, boolean>();

	/**
	 * `run`: the count of messages sent in the run, shared by the gates of one run (promotions and
	 * change notices), so that the run's cap holds for all its messages together.
	 */
	public constructor(
		private readonly bot: Mwn,
		private readonly limits: GateLimits,
		private readonly what: string,
		private readonly run: { sent: number } = { sent: 0 },
	) {}

	/** Those of `users` (who asked, as the caller checked) whose talk page is not in the opt-out category; the others are held back. */
	public async asked(
		sessionId: string,
		page: string,
		users: string[],
	): Promise<string[]> {
		await this.readOptOuts(users);
		for (const user of users.filter((u) => this.optOuts.get(u)))
			this.held.push({ user, sessionId, page, reason: 'opted-out' });
		return users.filter((u) => !this.optOuts.get(u));
	}

	/** Reads at once whose talk pages are in the opt-out category (in batches of 50). */
	public async prefetch(users: string[]): Promise<void> {
		await this.readOptOuts(users);
	}

	/** Holds back a message the caller found nobody asked for. */
	public hold(message: HeldMessage): void {
		this.held.push(message);
	}

	/** Which of these users' talk pages are in the opt-out category, in batches of 50, for those not known yet. */
	private async readOptOuts(users: string[]): Promise<void> {
		const unknown = [...new Set(users)].filter((u) => !this.optOuts.has(u));
		if (unknown.length === 0) return;
		const category = `Category:${await (this.category ??= optOutCategory(this.bot))}`;
		for (let i = 0; i < unknown.length; i += 50) {
			const batch = unknown.slice(i, i + 50);
			const inCategory = new Set<string>();
			for (let next: Record<string, string> | undefined = {}; next; ) {
				const response = await this.bot.request(
					{
						action: 'query',
						prop: 'categories',
						titles: batch.map(talkPageTitle),
						clcategories: category,
						cllimit: 'max',
						...next,
					},
					{ method: 'post' },
				);
				next = response.continue;
				for (const p of (response.query?.pages ?? []) as {
					title: string;
					categories?: unknown[];
				}[])
					if (p.categories?.length) inCategory.add(p.title);
			}
			for (const user of batch)
				this.optOuts.set(user, inCategory.has(talkPageTitle(user)));
		}
	}

	/** True (and the message held back) when a cap is reached; only messages really sent count. */
	public holdsBack(sessionId: string, page: string, user: string): boolean {
		const forSession = this.sentBySession.get(sessionId) ?? 0;
		const reason: HeldReason | undefined =
			forSession >= this.limits.perSession
				? 'session-cap'
				: this.run.sent >= this.limits.perRun
					? 'run-cap'
					: undefined;
		if (reason) this.held.push({ user, sessionId, page, reason });
		return reason !== undefined;
	}

	/** Counts a message towards the caps when the write sent it (a talk page that had it already does not count). */
	public count(sessionId: string, outcome: WriteOutcome): void {
		if (!SENT.includes(outcome.action)) return;
		this.sentBySession.set(
			sessionId,
			(this.sentBySession.get(sessionId) ?? 0) + 1,
		);
		this.run.sent += 1;
	}

	/** Counts one message about several sessions, when sent: towards each session's cap, once towards the run's. */
	public countMessage(sessionIds: string[], outcome: WriteOutcome): boolean {
		if (!SENT.includes(outcome.action)) return false;
		for (const id of sessionIds)
			this.sentBySession.set(id, (this.sentBySession.get(id) ?? 0) + 1);
		this.run.sent += 1;
		return true;
	}

	/** The held messages as report lines: per session, those whose line was not their own, and those over a cap. */
	public problems(): Problem[] {
		const found: Problem[] = [];
		const names = (list: HeldMessage[]) =>
			list.length <= 20
				? list.map((h) => h.user).join(', ')
				: `${list
						.slice(0, 20)
						.map((h) => h.user)
						.join(', ')} and ${list.length - 20} more`;
		for (const sessionId of [...new Set(this.held.map((h) => h.sessionId))]) {
			const forSession = this.held.filter((h) => h.sessionId === sessionId);
			const notAgreed = forSession.filter(
				(h) => h.reason === 'sharer-not-agreed',
			);
			const optedOut = forSession.filter((h) => h.reason === 'opted-out');
			const notOwn = forSession.filter((h) => h.reason === 'not-own-follow');
			const capped = forSession.filter(
				(h) => h.reason === 'session-cap' || h.reason === 'run-cap',
			);
			const where = { page: forSession[0].page, sessionId };
			if (notAgreed.length > 0) {
				found.push(
					problem(
						'message-held-sharer-not-agreed',
						`${countOf(notAgreed.length, 'sharer')} ${notAgreed.length === 1 ? 'was' : 'were'} named on the session's page by someone other than themselves or a liaison, so the bot did not send ${this.what} to: ${names(notAgreed)}. A liaison's edit of the sharers (or the sharer's own) confirms them.`,
						where,
						'warning',
					),
				);
			}
			if (notOwn.length > 0) {
				found.push(
					problem(
						'message-held-not-own-follow',
						`The profile${notOwn.length === 1 ? '' : 's'} of ${names(notOwn)} ${notOwn.length === 1 ? 'follows' : 'follow'} this session's topic, language or hub, but someone other than ${notOwn.length === 1 ? 'its owner' : 'their owners'} wrote that, so the bot did not send ${this.what}. Only a person's own edit of their profile asks for messages.`,
						where,
						'warning',
					),
				);
			}
			if (optedOut.length > 0) {
				found.push(
					problem(
						'message-held-opted-out',
						`${countOf(optedOut.length, 'person', 'people')} opted out of message delivery (their talk page is in the opt-out category), so the bot did not send ${this.what} to: ${names(optedOut)}.`,
						where,
						'warning',
					),
				);
			}
			if (capped.length > 0) {
				const cap =
					capped[0].reason === 'session-cap'
						? `max-messages-per-session = ${this.limits.perSession}`
						: `max-messages-per-run = ${this.limits.perRun}`;
				found.push(
					problem(
						'message-held-cap',
						`${countOf(capped.length, 'message')} (${this.what}) ${capped.length === 1 ? 'was' : 'were'} not sent because of the cap (${cap} on the config page): ${names(capped)}. Raise the cap if these are genuine.`,
						where,
						'warning',
					),
				);
			}
		}
		return found;
	}
}
