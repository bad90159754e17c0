import { readHubs } from '../../shared/model/hubs';
import type { Problem } from '../../shared/model/problems';
import { sessionRootOf } from '../../shared/model/titles';

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
