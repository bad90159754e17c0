import { readHubs } from '../../shared/model/hubs';
import type { Problem } from '../../shared/model/problems';
import { normaliseTitle, sessionRootOf } from '../../shared/model/titles';

describe('hub roots', () => {
	it("refuses a root with /Sessions/ in it: its pages would be found as another root's sessions", () => {
		const problems: Problem[] = [];
		const hubs = readHubs(
			'R/Hubs',
			"{{Let's Connect/Hub|name=A|root=Grants:Hub/Sessions/A|language=es}}{{Let's Connect/Hub|name=B|root=Grants:Hub B|language=es}}",
			'R',
			problems,
		);
		expect(hubs.map((h) => h.root)).toEqual(['Grants:Hub B']);
		expect(problems.map((p) => p.code)).toEqual(['hub-invalid-root']);
	});

	it("finds a page's root from its title: the first /Sessions/, translations included", () => {
		expect(sessionRootOf('Grants:Hub/Sessions/x')).toBe('Grants:Hub');
		expect(sessionRootOf('Grants:Hub/Sessions/x/ar')).toBe('Grants:Hub');
		expect(sessionRootOf('Grants:Hub/Sessions/')).toBeUndefined();
		expect(sessionRootOf('Grants:Hub')).toBeUndefined();
		expect(sessionRootOf('/Sessions/x')).toBeUndefined();
	});
});

describe('normaliseTitle (MediaWiki’s first-letter rule)', () => {
	it.each([
		["Grants:Let's_Connect Hub/Español ", "Grants:Let's Connect Hub/Español"],
		["grants:let's connect hub", "Grants:Let's connect hub"],
		['GRANTS : knowledge  Sharing/Connect', 'Grants:Knowledge Sharing/Connect'],
		['user:alice/Hub', 'User:Alice/Hub'],
		// Not a namespace: the colon is part of the name, and only the first letter changes.
		['let’s Connect: a hub', 'Let’s Connect: a hub'],
		['ab:cd', 'Ab:cd'],
	])('%s → %s', (raw, title) => {
		expect(normaliseTitle(raw)).toBe(title);
	});
});
