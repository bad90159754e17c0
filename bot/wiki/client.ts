// The one place that creates the mwn client: identity, manners (maxlag, assert) and login.
import { setTimeout as delay } from 'node:timers/promises';
import {
	Mwn,
	type ApiParams,
	type MwnOptions,
	type RawRequestParams,
} from 'mwn';
import { WaitBudgetError, type WaitBudget } from './wait-budget';

declare const LC_BOT_REVISION: string;
export const BOT_VERSION =
	typeof LC_BOT_REVISION === 'string' ? LC_BOT_REVISION : 'dev';
const MWN_VERSION = '3.0.3';

/**
 * The logged-in client, as the rest of the bot holds it: passed along to the functions of
 * bot/wiki/, never called elsewhere (test/unit/wiki-edge.test.ts, and dependency-cruiser keeps mwn
 * itself inside bot/wiki/).
 */
export type WikiClient = Mwn;

export interface WikiTarget {
	apiUrl: string;
	/** Bot password login (`Name@app`); or an OAuth 2 owner-only token instead. */
	username?: string;
	password?: string;
	oauth2Token?: string;
	/** Page that tells people who runs the bot, shown in the user agent. */
	contact: string;
}

export function userAgent(contact: string): string {
	return `LetsConnectBot/${BOT_VERSION} (${contact}) mwn/${MWN_VERSION}`;
}

/** The wiki ended the bot's session and a new login did not bring it back: the run must stop. */
export class SessionLostError extends Error {}

const SESSION_LOST = new Set([
	'assertuserfailed',
	'assertbotfailed',
	'notloggedin',
]);

type ApiResponse = Awaited<ReturnType<Mwn['request']>>;
type RawResponse = Awaited<ReturnType<Mwn['rawRequest']>>;

/** The wait a maxlag answer asks for, as mwn waits it: its Retry-After, else mwn's pause. */
function maxlagWaitMs(
	headers: Record<string, unknown> | undefined,
	retryPauseMs: number | undefined,
): number {
	const seconds = Number.parseInt(String(headers?.['retry-after'] ?? ''), 10);
	return Math.max(
		0,
		(Number.isNaN(seconds) ? (retryPauseMs ?? 5000) / 1000 : seconds) * 1000,
	);
}

const isLoginRequest = (params: ApiParams) =>
	params.action === 'login' ||
	params.action === 'logout' ||
	(params.meta === 'tokens' && params.type === 'login');

/**
 * mwn, extended through its public methods (login, request, rawRequest) and fields:
 *
 * - **A lost session.** mwn logs in again on `assertuserfailed`, but keeps the dead session's
 *   cookies, so the wiki answers "Already logged in", and it retries as often as its retry count
 *   allows. Here a lost session means: forget its cookies, log in once more, retry the request; a
 *   second loss before any request succeeded stops the run with {@link SessionLostError}.
 *   `notloggedin`, which mwn does not handle, is treated the same.
 * - **maxlag within the run's waiting budget.** mwn alone gives up after three tries, about 6 s,
 *   and the run would fail (exit 1). With a budget the run keeps waiting (Retry-After, else mwn's
 *   pause), at login and on every read and write alike; past it, WaitBudgetError (exit 6). mwn's
 *   own waits are paid from the same budget.
 */
export class LetsConnectClient extends Mwn {
	private loggingIn = false;

	private reloggedSinceSuccess = false;

	private everLoggedIn = false;

	/** The account as the login's own query of tokens and site info said it (mwn asks its rights). */
	public loginAccount: { name?: string; rights?: string[] } | undefined;

	public constructor(
		options: MwnOptions,
		private readonly waitBudget?: WaitBudget,
	) {
		super(options);
	}

	public override async login(
		loginOptions?: Parameters<Mwn['login']>[0],
	): Promise<ApiResponse> {
		if (this.reloggedSinceSuccess) {
			throw new SessionLostError(
				`The wiki ended the bot's session again right after a new login, so the run stops here. Check that the bot password is valid and has its grants, and that the account is not blocked; then run again.`,
			);
		}
		this.reloggedSinceSuccess = true;
		this.loggingIn = true;
		try {
			await this.cookieJar.removeAllCookies();
			this.loggedIn = false;
			const result = await super.login(loginOptions);
			// The first login is not a re-login: the first session lost after it gets its one more try.
			if (!this.everLoggedIn) this.reloggedSinceSuccess = false;
			this.everLoggedIn = true;
			return result;
		} catch (error) {
			// The first login's failure is the caller's to report ("could not log in").
			if (error instanceof SessionLostError || !this.everLoggedIn) throw error;
			throw new SessionLostError(
				`The wiki ended the bot's session and logging in again failed (${(error as Error).message}), so the run stops here.`,
			);
		} finally {
			this.loggingIn = false;
		}
	}

	public override async request(
		params: ApiParams,
		options?: RawRequestParams,
	): Promise<ApiResponse> {
		const budget = this.waitBudget;
		if (!budget) return this.requestKeepingSession(params, options);
		for (;;) {
			try {
				return await this.requestKeepingSession(params, options);
			} catch (error) {
				const e = error as {
					code?: string;
					response?: { headers?: Record<string, unknown> };
				};
				if (e.code !== 'maxlag') throw error;
				// At least a second: a Retry-After of 0 (or less) would spin.
				const ms = Math.max(
					1000,
					maxlagWaitMs(e.response?.headers, this.options.retryPause),
				);
				budget.spend(ms, 'maxlag');
				await delay(ms);
			}
		}
	}

	/** mwn's own maxlag waits come out of the budget too: its answers are looked at before it waits. */
	public override async rawRequest(
		requestOptions: RawRequestParams,
	): Promise<RawResponse> {
		const response = await super.rawRequest(requestOptions);
		// Only a wait mwn will really make: on its last try it gives up instead.
		const willRetry =
			(requestOptions.retryNumber ?? 0) < (this.options.maxRetries ?? 0);
		if (
			this.waitBudget &&
			response?.data?.error?.code === 'maxlag' &&
			willRetry
		)
			this.waitBudget.spend(
				maxlagWaitMs(
					response.headers as Record<string, unknown>,
					this.options.retryPause,
				),
				'maxlag',
			);
		return response;
	}

	private async requestKeepingSession(
		params: ApiParams,
		options?: RawRequestParams,
	): Promise<ApiResponse> {
		try {
			// Not as a default parameter: mwn drops the login's `assert: undefined` when it retries a
			// login request, the default comes back, and the login fails with assertuserfailed.
			const response = await super.request(
				isLoginRequest(params) || params.assert !== undefined
					? params
					: { ...params, assert: 'user' },
				options,
			);
			if (!this.loggingIn) this.reloggedSinceSuccess = false;
			if (response.query?.userinfo?.rights)
				this.loginAccount = response.query.userinfo;
			return response;
		} catch (error) {
			const code = (error as { code?: string }).code ?? '';
			// An OAuth token cannot log in again: a token the wiki no longer accepts ends the run
			// (mwn retries the transient "Nonce already used" itself).
			if (
				this.usingOAuth2 &&
				(SESSION_LOST.has(code) || code.startsWith('mwoauth-'))
			)
				throw new SessionLostError(
					`The wiki no longer accepts the bot's OAuth token (${code}), so the run stops here. Make a new owner-only token and set LETSCONNECT_OAUTH2_TOKEN.`,
				);
			if (this.loggingIn || !SESSION_LOST.has(code)) throw error;
			// mwn has tried its own way and given up, or does not handle this code at all.
			await this.login();
			return this.request(params, options);
		}
	}
}

// eslint-disable-next-line no-control-regex -- the terminal colour codes mwn writes
const TERMINAL_COLOURS = /\u001b\[[0-9;]*m/g;

/** mwn's own messages (login deprecation, warnings, retries) are for --verbose, not the bot's output. */
export function routeLibraryLog(verbose: (line: string) => void): void {
	Mwn.setLoggingConfig({
		stream: {
			write: (chunk: string) => {
				for (const line of String(chunk).split('\n'))
					if (line.trim())
						verbose(`mwn: ${line.replace(TERMINAL_COLOURS, '')}`);
				return true;
			},
		} as unknown as NodeJS.WriteStream,
	});
}

/** Logs in and returns a client that sends maxlag=5 and assert=user with every request but the login. */
export async function connect(
	target: WikiTarget,
	waitBudget?: WaitBudget,
): Promise<Mwn> {
	const options = {
		apiUrl: target.apiUrl,
		userAgent: userAgent(target.contact),
		silent: true,
		maxRetries: 3,
		// Bot etiquette wants 5 s; the fault tests shorten it (LETSCONNECT_RETRY_PAUSE_MS).
		retryPause: Number(process.env.LETSCONNECT_RETRY_PAUSE_MS ?? 5000),
		// assert=user is added by LetsConnectClient to every request but the login's own.
		defaultParams: { format: 'json', formatversion: '2', maxlag: 5 },
		// API warnings reach --verbose through routeLibraryLog, never stdout.
		suppressAPIWarnings: false,
	} as const;
	if (target.oauth2Token) {
		const oauth = new LetsConnectClient(
			{ ...options, OAuth2AccessToken: target.oauth2Token },
			waitBudget,
		);
		oauth.initOAuth();
		await oauth.getTokensAndSiteInfo();
		return oauth;
	}
	if (!target.username || !target.password) {
		throw new Error(
			'No credentials: set LETSCONNECT_USERNAME and LETSCONNECT_PASSWORD (a bot password), or LETSCONNECT_OAUTH2_TOKEN.',
		);
	}
	// As Mwn.init does, but with LetsConnectClient in place before the first login.
	const bot = new LetsConnectClient(
		{ ...options, username: target.username, password: target.password },
		waitBudget,
	);
	try {
		await bot.login();
		return bot;
	} catch (error) {
		if (error instanceof SessionLostError || error instanceof WaitBudgetError)
			throw error;
		// Never echo the password; the wiki's own reason is enough.
		throw new Error(
			`Could not log in to ${target.apiUrl} as ${target.username}: ${(error as Error).message}`,
		);
	}
}

interface QueriedPage {
	title: string;
	pageid?: number;
	pagelanguage?: string;
	missing?: boolean;
	invalid?: boolean;
	revisions?: { revid?: number; slots?: { main?: { content?: string } } }[];
}

/** A page as one batch read found it: its text, and the revision to edit it on. */
export interface ReadPage {
	text: string;
	revid: number;
	/** The page's id: the same after a move. */
	pageid?: number;
	/** The page's language (a translation's is its own). */
	language?: string;
	/** The wiki's time of the answer: the `starttimestamp` of an edit based on this read. */
	readAt: string;
}

/**
 * Page contents by title (missing pages are absent from the map), `perRequest` titles a request
 * (the API takes 50, or 500 with `apihighlimits`). The API stops an answer at its size limit and
 * says `continue`: that is followed, and a page an answer did not cover is read again on its own,
 * never taken for a missing page. A page that still comes back without its text stops the run:
 * nothing is written from half a picture.
 */
export async function readPages(
	bot: Mwn,
	titles: string[],
	perRequest = 50,
): Promise<Map<string, ReadPage>> {
	const result = new Map<string, ReadPage>();
	const read = async (batch: string[]) => {
		const uncovered = new Set<string>();
		// A long list of titles goes in a POST body: a URL of 500 titles is too long for many servers.
		const method =
			batch.length > 50 || encodeURIComponent(batch.join('|')).length > 2000
				? 'post'
				: 'get';
		for (let next: Record<string, string> | undefined = {}; next; ) {
			const response = await bot.request(
				{
					action: 'query',
					prop: 'revisions|info',
					titles: batch,
					rvprop: 'content|ids',
					rvslots: 'main',
					curtimestamp: true,
					...next,
				},
				{ method },
			);
			next = response.continue;
			const readAt = String(
				(response as { curtimestamp?: string }).curtimestamp ?? '',
			);
			for (const page of (response.query?.pages ?? []) as QueriedPage[]) {
				const revision = page.revisions?.[0];
				const text = revision?.slots?.main?.content;
				if (page.missing || page.invalid) continue;
				// Without its revision id the text could not be the base of an edit: read again.
				if (typeof text === 'string' && Number(revision?.revid) > 0) {
					result.set(page.title, {
						text,
						revid: Number(revision?.revid),
						readAt,
						...(page.pageid ? { pageid: page.pageid } : {}),
						...(page.pagelanguage ? { language: page.pagelanguage } : {}),
					});
					uncovered.delete(page.title);
				} else if (!result.has(page.title)) uncovered.add(page.title);
			}
		}
		return [...uncovered].filter((t) => !result.has(t));
	};
	const unique = [...new Set(titles)];
	for (let i = 0; i < unique.length; i += perRequest) {
		for (const title of await read(unique.slice(i, i + perRequest))) {
			if ((await read([title])).length > 0)
				throw new Error(
					`The wiki did not return the text of [[${title}]]; the run stops rather than treat it as missing.`,
				);
		}
	}
	return result;
}

/**
 * The logged-in account's name, `bot` as the assertion when it has the bot right (else `user`),
 * and how many titles one read may ask for (500 with `apihighlimits`, else 50).
 */
export async function accountOf(bot: Mwn): Promise<{
	username: string;
	assert: 'bot' | 'user';
	titlesPerRequest: number;
}> {
	// Known from the login (one request fewer a run), else asked.
	const info =
		(bot instanceof LetsConnectClient ? bot.loginAccount : undefined) ??
		(await bot.query({ meta: 'userinfo', uiprop: 'rights' })).query?.userinfo ??
		{};
	const rights: string[] = info.rights ?? [];
	return {
		username: info.name ?? 'LetsConnectBot',
		assert: rights.includes('bot') ? 'bot' : 'user',
		titlesPerRequest: rights.includes('apihighlimits') ? 500 : 50,
	};
}

/** The bot's own pages: `Shutoff` (operators stop it there) and `Installed.json` (what install wrote). */
export function botUserPage(
	username: string,
	subpage: 'Shutoff' | 'Installed.json',
): string {
	return `User:${username}/${subpage}`;
}

/** Who the bot is for {{bots}}/{{nobots}}: the account (without the bot-password suffix) and script. */
export function botIdentity(login: string | undefined): {
	username: string;
	script: string;
} {
	return {
		username: (login ?? 'LetsConnectBot').split('@')[0],
		script: 'letsconnect',
	};
}
