import { gadgetRouteFor, wikiSources } from '../../bot/install/wiki-sources';

describe('how the wiki loads the gadget', () => {
	it("by the sessions category from MediaWiki 1.43 (and Meta's branches), by the loader before", () => {
		expect(gadgetRouteFor('MediaWiki 1.39.10')).toBe('loader');
		expect(gadgetRouteFor('MediaWiki 1.42.3')).toBe('loader');
		expect(gadgetRouteFor('MediaWiki 1.43.12')).toBe('categories');
		expect(gadgetRouteFor('MediaWiki 1.47.0-wmf.3')).toBe('categories');
		expect(gadgetRouteFor('')).toBe('loader');
	});

	const definition = (options: Parameters<typeof wikiSources>[1]) =>
		wikiSources('Root', options).find(
			(s) => s.title === 'MediaWiki:Gadgets-definition',
		)?.text ?? '';

	it('writes no requiresES6 (the bundle passes the syntax check) and lets readers try it with ?withgadget=', () => {
		for (const route of ['categories', 'loader'] as const) {
			expect(definition({ route })).not.toContain('requiresES6');
			expect(definition({ route })).toMatch(
				/^\* letsconnect\[[^\]]*\|supportsUrlLoad\|/m,
			);
		}
	});

	it('leaves the loader out where the category does its work, and default out of a trial', () => {
		expect(
			wikiSources('Root', { route: 'categories' }).some((s) =>
				s.title.includes('loader'),
			),
		).toBe(false);
		expect(
			wikiSources('Root', { route: 'loader' }).some(
				(s) => s.title === 'MediaWiki:Gadget-letsconnect-loader.js',
			),
		).toBe(true);
		expect(definition({ route: 'categories', trial: true })).not.toMatch(
			/\|default\b/,
		);
		expect(definition({ route: 'loader', trial: true })).not.toMatch(
			/\|default\b/,
		);
		expect(definition({ route: 'categories' })).toMatch(
			/^\* letsconnect\[ResourceLoader\|default\|/m,
		);
	});
});
