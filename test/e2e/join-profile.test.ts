// Joining works where the page says so: the Participants page has the Join button; a member sees
// "Edit my profile" and edits the same profile; languages are chosen by name from the wiki's list
// and stored as codes ("Portuguese" typed as text is refused; Português from the list is `pt`);
// the directory shows them as names.
import {
	launchBrowser,
	logIn,
	pageUrl,
	type Browser,
} from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
let browser: Browser;
const PARTICIPANTS = `${ROOT}/Participants`;

beforeAll(async () => {
	wiki = await startTestWiki();
	browser = await launchBrowser();
}, 180000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function participantsPage(user?: string) {
	const page = await browser.context.newPage();
	if (user)
		await logIn(
			page,
			wiki.info,
			wiki.info.users.find((u) => u.username === user)!,
		);
	await page.goto(pageUrl(wiki.info, PARTICIPANTS));
	await page.waitForSelector('.lc-ready', { state: 'attached' });
	return page;
}

it('invites an anonymous reader to log in, where the page says how to join', async () => {
	const page = await participantsPage();
	const login = page
		.locator('[data-lc-join-root]')
		.getByRole('link', { name: "Log in to join Let's Connect" });
	await login.waitFor();
	expect(await login.getAttribute('href')).toContain('Special:UserLogin');
	await page.close();
});

it('joins from the Participants page, refusing a language that is not of the list and storing the code of the one chosen', async () => {
	const page = await participantsPage('Bruno');
	await page
		.locator('[data-lc-join-root]')
		.getByRole('button', { name: "Join Let's Connect" })
		.click();
	const dialog = page.getByRole('dialog');
	const languages = dialog.getByLabel('Languages you speak');
	await languages.fill('Portuguese');
	await dialog.getByLabel('Country').fill('Brazil');
	await dialog.getByRole('button', { name: 'Save my profile' }).click();
	await dialog
		.getByText('“Portuguese” is not a language of the list')
		.waitFor();
	expect(await wiki.read(`${PARTICIPANTS}/Bruno`)).toBeUndefined();
	// The suggestions offer Português (the wiki's own name for it) for "Portuguese".
	const suggestion = await dialog
		.locator('datalist')
		.first()
		.locator('option[label="Portuguese"]')
		.getAttribute('value');
	expect(suggestion).toBe('português (pt)');
	await languages.fill(suggestion!);
	await languages.press('Tab');
	await dialog.locator('[data-lc-language="pt"]').waitFor();
	// What he follows: a topic, and sessions in (or interpreted into) Arabic, chosen by code.
	await dialog
		.getByLabel('Topics you want to hear about (separated by commas)')
		.fill('Wikidata, Grant writing');
	const following = dialog.getByLabel(
		'Languages of sessions you want to hear about',
	);
	await following.fill('ar');
	await following.press('Tab');
	await dialog.locator('[data-lc-language="ar"]').waitFor();
	await dialog.getByRole('button', { name: 'Save my profile' }).click();
	await dialog.getByText('Your profile is saved.').waitFor();
	const profile = (await wiki.read(`${PARTICIPANTS}/Bruno`)) ?? '';
	expect(profile).toContain('| languages = pt');
	expect(profile).toContain('| country = Brazil');
	expect(profile).toContain('| follow-topics = Wikidata, Grant writing');
	expect(profile).toContain('| follow-languages = ar');
	expect(profile).not.toContain('follow-hubs');
	await page.close();
});

it('shows a member "Edit my profile", with their languages by name, and the directory names them too', async () => {
	const page = await participantsPage('Bruno');
	await page
		.locator('[data-lc-join-root]')
		.getByRole('button', { name: 'Edit my profile' })
		.click();
	const chip = page.getByRole('dialog').locator('[data-lc-language="pt"]');
	await chip.waitFor();
	expect(await chip.textContent()).toContain('Portuguese');
	await page.close();
	expect((await wiki.cli(['sync', '--only', 'participants'])).code).toBe(0);
	const html = (
		await wiki.bot.request({
			action: 'parse',
			page: PARTICIPANTS,
			prop: 'text',
		})
	).parse.text as string;
	// The name MediaWiki gives pt in the reader's language (English here; "português" on a wiki
	// without the CLDR extension, which Meta has), never the bare code.
	const name = (
		(
			await wiki.bot.request({
				action: 'parse',
				text: '{{#language:pt|{{USERLANGUAGE}}}}',
				prop: 'text',
				contentmodel: 'wikitext',
			})
		).parse.text as string
	)
		.replace(/<[^>]+>/g, '')
		.trim();
	expect(['Portuguese', 'português']).toContain(name);
	const row =
		/<tr>\s*<td><a [^>]*>Bruno<\/a>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
	expect(row).toContain(`<td>${name}</td>`);
	expect(row).not.toMatch(/<td>pt\s*<\/td>/);
});
