// Progress and problems go to stderr, results to stdout, so `--json` output stays parseable.

export interface Log {
	info(line: string): void;
	verbose(line: string): void;
	warn(line: string): void;
}

export function consoleLog(
	options: { verbose?: boolean; quiet?: boolean } = {},
): Log {
	return {
		info: (line) => {
			if (!options.quiet) process.stderr.write(`${line}\n`);
		},
		verbose: (line) => {
			if (options.verbose) process.stderr.write(`${line}\n`);
		},
		warn: (line) => process.stderr.write(`${line}\n`),
	};
}

export const silentLog: Log = {
	info: () => undefined,
	verbose: () => undefined,
	warn: () => undefined,
};
