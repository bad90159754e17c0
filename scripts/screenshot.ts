// `npm run screenshot`: pictures of the programme page on the running local wiki, for the README.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { DEFAULT_ROOT } from '../shared/config';
import { DEFAULT_WIKI_DIR, readInfo } from './local-wiki';
import { CHROMIUM_BROWSER } from './chromium';

async function main(): Promise<void> {
	const info = readInfo(DEFAULT_WIKI_DIR);
	if (!info) throw new Error('No local wiki: run npm start first.');
	mkdirSync('docs', { recursive: true });
	const browser = await chromium.launch(CHROMIUM_BROWSER);
	const page = await browser.newPage({
		viewport: { width: 1100, height: 1000 },
		timezoneId: 'America/Sao_Paulo',
		locale: 'en-GB',
	});
	await page.goto(
		`${info.server}/index.php?title=${encodeURIComponent(DEFAULT_ROOT.replace(/ /g, '_'))}`,
	);
	await page.waitForSelector('.lc-session.lc-enhanced');
	await page
		.locator('#mw-content-text')
		.screenshot({ path: 'docs/upcoming-sessions.png' });
	await browser.close();
	process.stdout.write('wrote docs/upcoming-sessions.png\n');
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
