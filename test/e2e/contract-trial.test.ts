// Trial of the contract in the browser: the new row's filter appears and filters.
import { launchBrowser, pageUrl, waitForGadget, type Browser } from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
let browser: Browser;
beforeAll(async () => {
  wiki = await startTestWiki();
  const day = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
  await wiki.edit(`${ROOT}/Sessions/one`, `{{Let's Connect/Session|id=one|title=One|start=${day} 10:00|level=beginner}}`);
  await wiki.edit(`${ROOT}/Sessions/two`, `{{Let's Connect/Session|id=two|title=Two|start=${day} 12:00|level=advanced}}`);
  await wiki.edit(ROOT, "{{Let's Connect/Upcoming}}");
  expect((await wiki.cli(['sync'])).code).toBe(0);
  browser = await launchBrowser();
}, 120000);
afterAll(async () => { await browser?.close(); await wiki?.stop(); });

it('offers a level filter that hides the other level', async () => {
  const page = await browser.context.newPage();
  await page.goto(pageUrl(wiki.info, ROOT));
  await waitForGadget(page);
  const select = page.locator('select[data-lc-filter="level"]');
  expect(await select.locator('option').allTextContents()).toEqual(['All', 'advanced', 'beginner']);
  expect(await page.locator('label.lc-field', { has: select }).textContent()).toContain('Level');
  await select.selectOption('beginner');
  expect(await page.locator('[data-lc-session="two"]').isHidden()).toBe(true);
  expect(await page.locator('[data-lc-session="one"]').isVisible()).toBe(true);
}, 60000);
