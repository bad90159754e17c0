// ESLint: Wikimedia's conventions (eslint-config-wikimedia, with typescript-eslint for .ts), and
// Prettier for the layout (eslint-config-prettier turns the layout rules off; .prettierrc).
'use strict';

// Syntax newer than the gadget's ES2016 that esbuild lowers to ES2016 when it builds the gadget
// (esbuild.config.mjs): allowed in the source. Built-in APIs are another matter: esbuild adds no
// polyfills, so an API newer than the browsers MediaWiki supports (ES2019, the `wikimedia/client`
// target) is an error.
const SYNTAX_ESBUILD_LOWERS = [
	'no-async-iteration',
	'no-class-fields',
	'no-class-instance-fields',
	'no-class-private-fields',
	'no-class-private-methods',
	'no-class-static-block',
	'no-class-static-fields',
	'no-exponential-operators',
	'no-logical-assignment-operators',
	'no-nullish-coalescing-operators',
	'no-numeric-separators',
	'no-object-rest-spread',
	'no-optional-catch-binding',
	'no-optional-chaining',
	'no-private-in',
	'no-rest-spread-properties',
	'no-async-functions',
	'no-trailing-function-commas',
	'no-export-ns-from',
];
const lowered = Object.fromEntries(
	SYNTAX_ESBUILD_LOWERS.map((rule) => [`es-x/${rule}`, 'off']),
);

// Rules of the Wikimedia set that do not fit a typed TypeScript code base, each with its reason.
const typescriptFits = {
	// The types say it; JSDoc repeating them would drift.
	'jsdoc/require-param': 'off',
	'jsdoc/require-param-type': 'off',
	'jsdoc/require-returns': 'off',
	'jsdoc/require-returns-type': 'off',
	'jsdoc/require-jsdoc': 'off',
	'jsdoc/no-undefined-types': 'off',
	// TypeScript infers return types; explicit ones only at module boundaries would repeat them.
	'@typescript-eslint/explicit-function-return-type': 'off',
	'@typescript-eslint/explicit-module-boundary-types': 'off',
	// The wiki's API names parameters in snake_case and lower case (rvprop, ts_from).
	'camelcase': 'off',
	'n/no-unsupported-features/node-builtins': 'off',
	// Regular expressions are the codec's and the validators' tools, each with a test.
	'security/detect-non-literal-regexp': 'off',
	'security/detect-unsafe-regex': 'off',
	'security/detect-object-injection': 'off',
	'security/detect-non-literal-fs-filename': 'off',
	'security/detect-child-process': 'off',
	// `void promise` marks a promise nobody awaits on purpose (an event handler's).
	'no-void': 'off',
	// Callbacks here (filter, map, sort) run at once, within their iteration.
	'no-loop-func': 'off',
	// A trailing optional parameter may follow one with a default (`pageId?` after `defaults`).
	'default-param-last': 'off',
	// A name declared further down (a later `const result`) does not hide one used above it.
	'no-shadow': ['error', { hoist: 'functions' }],
	// Functions and types may be used above their definition (the module reads top-down); a
	// variable read before its line in the same scope is still an error.
	'no-use-before-define': 'off',
	'@typescript-eslint/no-use-before-define': [
		'error',
		{
			functions: false,
			classes: true,
			variables: false,
			typedefs: false,
			ignoreTypeReferences: true,
		},
	],
};

// tsc checks these in TypeScript, with the project's own compiler options (not in .mjs and .cjs).
const tscChecks = {
	'no-undef': 'off',
	'n/no-missing-import': 'off',
	'n/no-missing-require': 'off',
};

// Types only where a rule reads them: es-x's rules tell an array's `.at` from another `.at` by its
// type, in the code that runs in browsers. Elsewhere the type-aware parse would only cost time.
const typed = {
	parser: '@typescript-eslint/parser',
	parserOptions: {
		project: ['./shared/tsconfig.json', './gadget/tsconfig.json'],
		tsconfigRootDir: __dirname,
	},
};

module.exports = {
	root: true,
	extends: ['wikimedia/server', 'wikimedia/language/es2023', 'prettier'],
	ignorePatterns: [
		'dist/',
		'.cache/',
		'node_modules/',
		'docs/',
		'coverage/',
		'test/fixtures/',
		'**/*.json',
	],
	rules: typescriptFits,
	overrides: [
		{
			files: ['**/*.ts'],
			parser: '@typescript-eslint/parser',
			extends: ['wikimedia/typescript', 'prettier'],
			rules: { ...typescriptFits, ...tscChecks },
		},
		{
			// The gadget and the code it bundles run in readers' browsers.
			files: ['gadget/**/*.ts', 'shared/**/*.ts'],
			...typed,
			extends: [
				'wikimedia/client/es2019',
				// Intl too (ECMA-402): nothing newer than the ES2019 browsers have.
				'plugin:es-x/no-new-in-es2020-intl-api',
				'plugin:es-x/no-new-in-es2021-intl-api',
				'plugin:es-x/no-new-in-es2022-intl-api',
				'plugin:es-x/no-new-in-es2023-intl-api',
				'wikimedia/typescript',
				'prettier',
			],
			env: { browser: true, node: false },
			globals: { mw: 'readonly', $: 'readonly', OO: 'readonly' },
			rules: {
				...typescriptFits,
				...tscChecks,
				...lowered,
				// ResourceLoader's `require` of a module the gadget names in a constant.
				'security/detect-non-literal-require': 'off',
			},
		},
		{
			// The entry points end the process with the exit code they document.
			files: ['bot/cli.ts', 'scripts/**', 'esbuild.config.mjs'],
			rules: { 'n/no-process-exit': 'off' },
		},
		{
			files: ['test/**/*.ts'],
			extends: ['wikimedia/jest', 'prettier'],
			rules: {
				...typescriptFits,
				...tscChecks,
				// A set-up step (beforeAll, a shared helper) asserts what it did, so a failed
				// set-up names its step rather than failing a later test for it.
				'jest/no-standalone-expect': 'off',
				// A table of cases asserts what each kind of case promises (exit code 0 or 6).
				'jest/no-conditional-expect': 'off',
				// Tests that assert through a named helper.
				'jest/expect-expect': [
					'error',
					{
						assertFunctionNames: ['expect', 'expect*', 'assert*', 'fc.assert'],
					},
				],
			},
		},
	],
};
