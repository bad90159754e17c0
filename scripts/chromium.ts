// Debian's Chromium as the project launches it (never a downloaded browser), for playwright-core.

/** As root in a container: no sandbox, no GPU, nothing fetched from outside the local wiki. */
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** The whole browser: screenshots and the gadget's bench, as readers' browsers draw pages. */
export const CHROMIUM_BROWSER = {
	executablePath: '/usr/bin/chromium',
	headless: true,
	args: ARGS,
};

/**
 * Its headless shell (Debian's chromium-headless-shell, what Playwright runs headless: the same
 * Blink and V8 without the browser's windows), for the tests: a third less CPU on a machine the
 * suite keeps busy.
 */
export const CHROMIUM_HEADLESS_SHELL = {
	...CHROMIUM_BROWSER,
	executablePath: '/usr/lib/chromium/chromium-headless-shell',
};
