// What the documents claim about the code, checked where a test can: every file they name is
// there, no comment or document sends a reader outside the repository, and the gadget's modules
// with side effects are the ones ARCHITECTURE.md names. (The layers and their picture: npm run
// layers; the wiki calls: wiki-edge.test.ts.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	figures,
	withFigures,
	type BuildSizes,
} from '../../scripts/readme-figures';

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function files(dir: string, ends: RegExp): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(ROOT, path)).isDirectory())
			return ['node_modules', 'dist', 'fixtures'].includes(name)
				? []
				: files(path, ends);
		return ends.test(name) ? [path] : [];
	});
}

/** Paths of the repository a document names in backticks (`bot/wiki/client.ts`). */
function namedPaths(doc: string): string[] {
	return [
		...new Set(
			[
				...read(doc).matchAll(
					/`((?:bot|shared|gadget|scripts|test)\/[^`\s*{}<>]+\.(?:ts|lua|mjs|cjs|json))`/g,
				),
			].map((m) => m[1]),
		),
	];
}

it.each(['ARCHITECTURE.md', 'README.md'])(
	'every file %s names is in the repository',
	(doc) => {
		const paths = namedPaths(doc);
		expect(paths.length).toBeGreaterThan(5);
		expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
	},
);

it.each(['ARCHITECTURE.md', 'README.md'])(
	'every picture and file %s links is in the repository',
	(doc) => {
		const linked = [
			...read(doc).matchAll(
				/\]\(((?:docs|test|bot|shared|gadget|scripts)\/[^)#\s]+)\)/g,
			),
		].map((m) => m[1]);
		expect(linked.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
	},
);

it('sends no reader outside the repository: no comment or document names the team folder', () => {
	const outside = /DESIGN\.md|shared\/notes\/|team folder/;
	const sources = [
		...['bot', 'shared', 'gadget', 'scripts', 'test'].flatMap((dir) =>
			files(dir, /\.(?:ts|lua|mjs|cjs|json|wikitext)$/),
		),
		'README.md',
		'ARCHITECTURE.md',
		'esbuild.config.mjs',
		'jest.config.cjs',
		'.eslintrc.cjs',
		'.dependency-cruiser.cjs',
	].filter((path) => path !== 'test/unit/docs-true.test.ts');
	expect(
		sources.filter((path) => outside.test(read(path))).map((path) => path),
	).toEqual([]);
});

it('names as the gadget’s side-effect modules exactly those that act on import', () => {
	// A module acts on import when a statement at its top level calls something (mw.hook(…),
	// registerMessages(…)); declarations and exports do not.
	const actsOnImport = (text: string) =>
		text
			.split('\n')
			.some((line) => /^(?:void |await )?[\w.$]+(?:\.[\w$]+)*\s*\(/.test(line));
	const acting = files('gadget', /\.ts$/)
		.filter((path) => actsOnImport(read(path)))
		.map((path) => path.replace(/^gadget\//, ''))
		.sort();
	const claim =
		/the entry points are the only modules with side effects: ([^|;]*)[|;]/.exec(
			read('ARCHITECTURE.md'),
		)?.[1];
	expect(claim).toBeDefined();
	const named = [...(claim ?? '').matchAll(/`([\w/{},.-]+\.ts)`/g)].flatMap(
		([, name]) => {
			const braces = /^(.*)\{([^}]*)\}(.*)$/.exec(name);
			return braces
				? braces[2].split(',').map((part) => `${braces[1]}${part}${braces[3]}`)
				: [name];
		},
	);
	expect(acting).toEqual(named.sort());
});

it('quotes in the README the sizes the build measured (npm run figures writes them)', () => {
	// npm test builds before jest; a unit run alone needs `npm run build` first.
	const sizes = join(ROOT, 'dist/sizes.json');
	expect([existsSync(sizes), 'dist/sizes.json: run npm run build']).toEqual([
		true,
		'dist/sizes.json: run npm run build',
	]);
	const readme = read('README.md');
	const values = figures(JSON.parse(readFileSync(sizes, 'utf8')) as BuildSizes);
	expect(readme.match(/<!-- figure /g)?.length).toBeGreaterThanOrEqual(6);
	expect(withFigures(readme, values)).toBe(readme);
	// A figure typed by hand is not the build's: the check above would fail on it.
	const typed = readme.replace(
		/(<!-- figure gadget-served -->)[^<]*/,
		'$1about 24 KB',
	);
	expect(withFigures(typed, values)).not.toBe(typed);
});
