// `npm run figures`: the sizes the README quotes, from the build (dist/sizes.json, written by
// esbuild.config.mjs), never typed. Each is a span `<!-- figure NAME -->…<!-- /figure -->` in
// README.md; this writes them all. test/unit/docs-true.test.ts checks they are the build's.
import { readFileSync, writeFileSync } from 'node:fs';

/** What esbuild.config.mjs measures, in bytes (gzipped). */
export interface BuildSizes {
	gadgetGzipped: number;
	gadgetServed: number;
	gadgetBudget: number;
	formServed: number;
	formBudget: number;
	loaderServed: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Each figure's words, from the build's sizes. */
export function figures(sizes: BuildSizes): Record<string, string> {
	return {
		'loader-served': `${sizes.loaderServed} bytes`,
		'gadget-served': kb(sizes.gadgetServed),
		'gadget-budget': kb(sizes.gadgetBudget),
		'form-served': kb(sizes.formServed),
		'form-budget': kb(sizes.formBudget),
	};
}

const SPAN = /<!-- figure ([a-z-]+) -->[^<]*<!-- \/figure -->/g;

/** The README with every figure span holding its figure; an unknown name is an error. */
export function withFigures(
	readme: string,
	values: Record<string, string>,
): string {
	return readme.replace(SPAN, (_, name: string) => {
		if (!(name in values))
			throw new Error(
				`README.md names a figure "${name}" the build does not give.`,
			);
		return `<!-- figure ${name} -->${values[name]}<!-- /figure -->`;
	});
}

export function readBuildSizes(): BuildSizes {
	return JSON.parse(readFileSync('dist/sizes.json', 'utf8')) as BuildSizes;
}

if (require.main === module) {
	const readme = readFileSync('README.md', 'utf8');
	const next = withFigures(readme, figures(readBuildSizes()));
	writeFileSync('README.md', next);
	console.log(
		next === readme
			? "npm run figures: README.md already has the build's figures."
			: "npm run figures: README.md has the build's figures now.",
	);
}
