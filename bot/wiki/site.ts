// What the wiki says of itself and of its links: its software, and the pages that use a template.
import type { Mwn } from 'mwn';

/** The wiki's `generator`, such as `MediaWiki 1.43.12` or `MediaWiki 1.47.0-wmf.3`. */
export async function siteGenerator(bot: Mwn): Promise<string> {
	const response = await bot.query({ meta: 'siteinfo', siprop: 'general' });
	return String(response.query?.general?.generator ?? '');
}

/** Titles of every page that transcludes a template, in title order (following `continue`). */
export async function pagesEmbedding(
	bot: Mwn,
	template: string,
): Promise<string[]> {
	const titles: string[] = [];
	for await (const response of bot.continuedQueryGen({
		action: 'query',
		list: 'embeddedin',
		eititle: `Template:${template}`,
		eilimit: 'max',
	})) {
		for (const page of response.query?.embeddedin ?? [])
			titles.push(page.title);
	}
	return titles.sort();
}
