// Jest's TypeScript transform: esbuild (already the project's bundler) strips the types; tsc checks
// them beside jest (`npm test`). On a fresh machine (no transform cache) the unit suite spent 1.1 s
// of CPU compiling where ts-jest spent 5.7 s.
'use strict';

const { transformSync } = require('esbuild');
const { version } = require('esbuild/package.json');
const { createHash } = require('node:crypto');

const OPTIONS = {
	loader: 'ts',
	// As esbuild's build makes the bot and the gadget from tsconfig.base.json (its transform does
	// not read a tsconfig): strict mode, and class fields assigned, not defined (target es2020).
	tsconfigRaw: {
		compilerOptions: { alwaysStrict: true, useDefineForClassFields: false },
	},
	// `import()` as a require, as tsc writes it for CommonJS: jest's sandbox has no ES modules.
	supported: { 'dynamic-import': false },
	format: 'cjs',
	target: 'node20',
	sourcemap: 'inline',
	sourcesContent: false,
};

module.exports = {
	getCacheKey(source, path) {
		return createHash('sha256')
			.update(version)
			.update(JSON.stringify(OPTIONS))
			.update(path)
			.update('\0')
			.update(source)
			.digest('hex');
	},
	process(source, path) {
		const { code } = transformSync(source, { ...OPTIONS, sourcefile: path });
		return { code };
	},
};
