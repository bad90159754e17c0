// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LocalWikiInfo, WikiAccount } from '../../scripts/local-wiki';
import { CHROMIUM_HEADLESS_SHELL } from '../../scripts/chromium';

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/**
 * MediaWiki evaluates the modules a reader's browser has stored in an idle callback. Beside the
 * suite's load the headless shell once stopped giving pages idle time: the stored modules stayed
 * "loading" for 45 s while those fetched that moment had arrived (1.43, CI). In a browser without
 * requestIdleCallback (as in Safari) MediaWiki uses a short timer: so do the test pages.
 */
export async function withoutIdleCallbacks(
	context: BrowserContext,
): Promise<void> {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'requestIdleCallback', {
			value: undefined,
			configurable: true,
			writable: true,
		});
	});
}

export async function launchBrowser(
	options: {
		timezoneId?: string;
		locale?: string;
		viewport?: { width: number; height: number };
		javaScriptEnabled?: boolean;
	} = {},
): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		...CHROMIUM_HEADLESS_SHELL,
		timezoneId: options.timezoneId ?? 'Asia/Tokyo',
		locale: options.locale ?? 'en-GB',
		viewport: options.viewport ?? { width: 1200, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
	});
	await withoutIdleCallbacks(context);
	// A script error in the gadget should be seen in the test output, not guessed from a timeout.
	context.on('page', (page) => {
		page.on('pageerror', (error) =>
			process.stderr.write(`page error: ${error.message}\n`),
		);
		page.on('console', (message) => {
			if (message.type() === 'error' && !message.text().includes('404'))
				process.stderr.write(`console error: ${message.text()}\n`);
		});
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

export function pageUrl(info: LocalWikiInfo, title: string): string {
	return `${info.server}/index.php?title=${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/**
 * Logs the page's browser context in through the API: its cookies are the context's, so every page
 * of it has the session a login form would give, for a fifth of the work (the form's page, its
 * post and the page it goes to, drawn each time). The gadget never sees how the session began.
 */
export async function logIn(
	page: Page,
	info: LocalWikiInfo,
	account: WikiAccount,
): Promise<void> {
	const request = page.context().request;
	const tokens = (await (
		await request.get(
			`${info.apiUrl}?action=query&meta=tokens&type=login&format=json`,
		)
	).json()) as { query: { tokens: { logintoken: string } } };
	const answer = (await (
		await request.post(info.apiUrl, {
			form: {
				action: 'login',
				lgname: account.username,
				lgpassword: account.password,
				lgtoken: tokens.query.tokens.logintoken,
				format: 'json',
			},
		})
	).json()) as { login?: { result?: string } };
	if (answer.login?.result !== 'Success')
		throw new Error(
			`${account.username} could not log in: ${JSON.stringify(answer)}`,
		);
}

/** Waits until the gadget has enhanced every session card on the page (it works in slices). */
export async function waitForGadget(page: Page): Promise<void> {
	// Attached, not visible: filters may hide the first card. Beside two CPU hogs a page of the
	// suite once took over 20 s (its wiki serves one request at a time on SQLite).
	const ready = '.lc-ready .lc-session.lc-enhanced';
	try {
		await page.waitForSelector(ready, { state: 'attached', timeout: 45000 });
	} catch (error) {
		// What the page had reached, to tell a slow wiki from a gadget that stopped.
		const reached = await page
			.evaluate(() => {
				const loader = (
					window as {
						mw?: {
							loader?: {
								getState(m: string): string | null;
								// 1.39 has no getModuleNames: its registry is a field.
								getModuleNames?(): string[];
								moduleRegistry?: Record<string, unknown>;
								store?: { stats?: unknown };
							};
						};
					}
				).mw?.loader;
				const names =
					loader?.getModuleNames?.() ??
					Object.keys(loader?.moduleRegistry ?? {});
				return {
					cards: document.querySelectorAll('.lc-session').length,
					enhanced: document.querySelectorAll('.lc-session.lc-enhanced').length,
					ready: document.querySelectorAll('.lc-ready').length,
					gadget: loader?.getState('ext.gadget.letsconnect'),
					// On 1.39 the small loader loads the gadget: whether it ran.
					loader: loader?.getState('ext.gadget.letsconnect-loader'),
					document: document.readyState,
					// Modules asked for that have not arrived (a request the wiki has not answered), or
					// that the browser's store holds and MediaWiki has not evaluated yet.
					loading: names.filter((m) => loader?.getState(m) === 'loading'),
					// Modules whose request failed (a 500, a reset) or whose code threw.
					failed: names.filter((m) => loader?.getState(m) === 'error'),
					// The hook the 1.39 loader waits for (mediawiki.page.ready fires it).
					pageReady: loader?.getState('mediawiki.page.ready'),
					// Modules found in the browser's store (hits) are evaluated apart from those fetched.
					stored: loader?.store?.stats,
				};
			})
			.catch((e: Error) => e.message);
		throw new Error(
			`${(error as Error).message}\nThe page had: ${JSON.stringify(reached)}`,
		);
	}
}

/** axe-core's serious and critical violations in the page's content, as `rule (nodes)`. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: require.resolve('axe-core') });
	return page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: {
					run(
						context: unknown,
						options: unknown,
					): Promise<{
						violations: { id: string; impact: string; nodes: unknown[] }[];
					}>;
				};
			}
		).axe.run(
			{ include: ['.mw-parser-output'] },
			{ resultTypes: ['violations'] },
		);
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.nodes.length})`);
	});
}
