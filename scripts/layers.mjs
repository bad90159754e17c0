// `npm run layers`: dependency-cruiser checks the layer rules (.dependency-cruiser.cjs: no import
// goes up a level, mwn stays in bot/wiki/), and ARCHITECTURE.md's picture of the layers must be
// the one the code draws. `npm run layers -- --write` draws it again into ARCHITECTURE.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const DOC = 'ARCHITECTURE.md';
const BEGIN = '<!-- layers:begin (npm run layers -- --write) -->';
const END = '<!-- layers:end -->';
const depcruise = (args) =>
	execFileSync(
		'npx',
		[
			'depcruise',
			'bot',
			'shared',
			'gadget',
			'--config',
			'.dependency-cruiser.cjs',
			...args,
		],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
	);

/** Folders as boxes (the gadget as one), each arrow an import; top to bottom, so an arrow up would show. */
function picture() {
	const graph = depcruise([
		'--output-type',
		'mermaid',
		'--include-only',
		'^(?:bot|shared|gadget)/',
		'--collapse',
		'^(?:gadget|(?:bot|shared)/[^/]+)',
	]).replace(/^flowchart LR/, 'flowchart TB');
	return `${BEGIN}\n\`\`\`mermaid\n${graph.trim()}\n\`\`\`\n${END}`;
}

try {
	depcruise(['--output-type', 'err']);
} catch (error) {
	process.stdout.write(error.stdout ?? '');
	console.error('npm run layers: an import breaks the layer rules (above).');
	process.exit(1);
}

const doc = readFileSync(DOC, 'utf8');
const start = doc.indexOf(BEGIN);
const end = doc.indexOf(END);
if (start < 0 || end < start) {
	console.error(`npm run layers: ${DOC} has no ${BEGIN} … ${END} block.`);
	process.exit(1);
}
const drawn = picture();
const current = doc.slice(start, end + END.length);
if (process.argv.includes('--write')) {
	writeFileSync(DOC, doc.slice(0, start) + drawn + doc.slice(end + END.length));
	console.log(`npm run layers: the picture in ${DOC} is drawn again.`);
} else if (current !== drawn) {
	console.error(
		`npm run layers: the picture of the layers in ${DOC} is not the code's. Run npm run layers -- --write.`,
	);
	process.exit(1);
}
