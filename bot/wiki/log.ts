// Progress and problems go to stderr, results to stdout, so `--json` output stays parseable.

export interface Log {
	info(line: string): void;
	verbose(line: string): void;
	warn(line: string): void;
}

/** A log on standard error (or on `write`, for a run in-process). */
export function consoleLog(
	options: { verbose?: boolean; quiet?: boolean } = {},
	write: (text: string) => void = (text) => process.stderr.write(text),
): Log {
	return {
		info: (line) => {
			if (!options.quiet) write(`${line}\n`);
		},
		verbose: (line) => {
			if (options.verbose) write(`${line}\n`);
		},
		warn: (line) => write(`${line}\n`),
	};
}

export const silentLog: Log = {
	info: () => undefined,
	verbose: () => undefined,
	warn: () => undefined,
};
