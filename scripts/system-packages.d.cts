export declare const PACKAGE_GROUPS: Record<'wiki' | 'browser', string[]>;
export declare function ensureSystemPackages(
	groups: Array<'wiki' | 'browser'>,
	options?: { log?: (line: string) => void },
): void;
