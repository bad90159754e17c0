// No invisible clicks: a page author can wrap a card in inline styles (opacity 0, an overlay, a
// card moved over bait), and MediaWiki keeps them. Before a control acts, this checks that the
// reader could see it where they clicked; when in doubt, a dialog in the browser's top layer
// (which no page style can cover) asks them to confirm, naming the session and its time.

/**
 * The design tokens the controls are painted with, fixed on their own element from the page's
 * root: a page author's inline style on a wrapper cannot make them transparent or white on white.
 */
const CONTROL_TOKENS = [
	'--background-color-interactive-subtle',
	'--background-color-progressive',
	'--background-color-progressive--hover',
	'--border-color-interactive',
	'--border-color-progressive',
	'--color-base',
	'--color-error',
	'--color-inverted',
	'--color-progressive',
	'--color-success',
	'--outline-color-progressive--focus',
];

/**
 * The root's values, read again only when the theme may have changed (the root's classes, or the
 * system's dark mode, which clears them): reading computed style, or evaluating a media query,
 * after each new control would make the browser lay out the whole page for every card.
 */
let rootTokens: { classes: string; values: [string, string][] } | undefined;
let watchingScheme = false;

export function pinTokens(element: HTMLElement): void {
	const classes = document.documentElement.className;
	if (rootTokens?.classes !== classes) {
		const root = getComputedStyle(document.documentElement);
		// Without the token on the root (older skins), `initial` lets the stylesheet's fallback apply.
		rootTokens = {
			classes,
			values: CONTROL_TOKENS.map((token) => [
				token,
				root.getPropertyValue(token).trim() || 'initial',
			]),
		};
	}
	if (!watchingScheme && window.matchMedia) {
		watchingScheme = true;
		window
			.matchMedia('(prefers-color-scheme: dark)')
			.addEventListener?.('change', () => {
				rootTokens = undefined;
			});
	}
	for (const [token, value] of rootTokens.values)
		element.style.setProperty(token, value);
}

/**
 * Elements IntersectionObserver v2 last saw on screen but covered or faded (where the browser has
 * it). Only that verdict counts: an element scrolled in just before the click may not have a
 * fresh entry yet, and off-screen says nothing about an overlay.
 */
const coveredOnScreen = new WeakMap<Element, boolean>();
let visibility: IntersectionObserver | undefined;
let nearness: IntersectionObserver | undefined;

/**
 * Starts tracking an element's real visibility (Chromium's IntersectionObserver v2). v2 costs the
 * browser work at every frame for each element it watches, so it watches only the controls near
 * the screen; a plain observer says which those are.
 */
export function trackVisibility(element: Element): void {
	if (
		typeof IntersectionObserver === 'undefined' ||
		!('isVisible' in IntersectionObserverEntry.prototype)
	)
		return;
	visibility ??= new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				coveredOnScreen.set(
					entry.target,
					entry.isIntersecting &&
						!(entry as IntersectionObserverEntry & { isVisible: boolean })
							.isVisible,
				);
		},
		{ trackVisibility: true, delay: 100 } as IntersectionObserverInit,
	);
	nearness ??= new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (entry.isIntersecting) visibility?.observe(entry.target);
				else {
					visibility?.unobserve(entry.target);
					coveredOnScreen.delete(entry.target);
				}
			}
		},
		{ rootMargin: '300px' },
	);
	nearness.observe(element);
}

/** A computed CSS colour as [r, g, b, alpha]; undefined for a form this does not read (then it is not judged). */
function rgbaOf(colour: string): [number, number, number, number] | undefined {
	if (colour === 'transparent') return [0, 0, 0, 0];
	const match = /^rgba?\(([^)]*)\)$/.exec(colour.trim());
	if (!match) return undefined;
	const parts = match[1]
		.split(/[\s,/]+/)
		.filter(Boolean)
		.map((p) => (p.endsWith('%') ? Number(p.slice(0, -1)) / 100 : Number(p)));
	return [parts[0], parts[1], parts[2], parts.length >= 4 ? parts[3] : 1];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]): number {
	const channel = (c: number) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The first background behind an element that is mostly opaque (the page's, else white). */
function backgroundBehind(
	element: HTMLElement,
): [number, number, number, number] {
	for (
		let node: HTMLElement | null = element;
		node;
		node = node.parentElement
	) {
		const colour = rgbaOf(getComputedStyle(node).backgroundColor);
		if (colour && colour[3] >= 0.5) return colour;
	}
	return [255, 255, 255, 1];
}

/**
 * Text a reader can read: not tiny, not transparent (colour or text-fill), and with a contrast of
 * at least 3:1 against what is behind it. Page styles (a wrapper's inline style, TemplateStyles)
 * can set any of these; what the reader sees is judged, not how it was made.
 */
function readable(element: HTMLElement): boolean {
	const style = getComputedStyle(element);
	if (Number.parseFloat(style.fontSize) < 9) return false;
	const fill = rgbaOf(style.getPropertyValue('-webkit-text-fill-color'));
	const text =
		fill &&
		fill[3] > 0 &&
		style.getPropertyValue('-webkit-text-fill-color') !== style.color
			? fill
			: rgbaOf(style.color);
	if (fill && fill[3] < 0.5) return false;
	if (!text) return true;
	if (text[3] < 0.5) return false;
	const [a, b] = [luminance(text), luminance(backgroundBehind(element))];
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) >= 3;
}

/** Every ancestor fully opaque and visible, the element on screen with readable text, and not inside a clipped box. */
function looksVisible(element: HTMLElement): boolean {
	const rect = element.getBoundingClientRect();
	if (rect.width < 4 || rect.height < 4) return false;
	if (!readable(element)) return false;
	let opacity = 1;
	for (
		let node: HTMLElement | null = element;
		node;
		node = node.parentElement
	) {
		const style = getComputedStyle(node);
		opacity *= Number(style.opacity);
		if (
			style.visibility !== 'visible' ||
			style.display === 'none' ||
			opacity < 0.95
		)
			return false;
		if (
			style.filter !== 'none' ||
			(style.clipPath && style.clipPath !== 'none')
		)
			return false;
	}
	return true;
}

/**
 * True when the reader could see the control they activated. For a pointer click, what is on top
 * at the click's point must be the control itself; a keyboard press (detail 0) has no point.
 */
export function clickWasSeen(control: HTMLElement, event: MouseEvent): boolean {
	if (!event.isTrusted || !looksVisible(control)) return false;
	if (coveredOnScreen.get(control) === true) return false;
	if (event.detail > 0) {
		const top = document.elementFromPoint(event.clientX, event.clientY);
		if (!top || !(top === control || control.contains(top))) return false;
	}
	return true;
}

export interface ConfirmText {
	question: string;
	confirm: string;
	back: string;
}

/** A modal dialog in the top layer; resolves true only when the reader chose to go on. */
export function confirmAction(text: ConfirmText): Promise<boolean> {
	return new Promise((resolve) => {
		const dialog = document.createElement('dialog');
		dialog.className = 'lc-dialog lc-confirm';
		const question = document.createElement('p');
		question.textContent = text.question;
		const yes = document.createElement('button');
		yes.type = 'button';
		yes.className = 'lc-button lc-button-primary';
		yes.textContent = text.confirm;
		const no = document.createElement('button');
		no.type = 'button';
		no.className = 'lc-button lc-button-quiet';
		no.textContent = text.back;
		const buttons = document.createElement('div');
		buttons.className = 'lc-confirm-buttons';
		buttons.append(yes, ' ', no);
		dialog.append(question, buttons);
		let answer = false;
		yes.addEventListener('click', () => {
			answer = true;
			dialog.close();
		});
		no.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => {
			dialog.remove();
			resolve(answer);
		});
		// On the body, not in the card: nothing the page wrapped the card in applies to it.
		document.body.append(dialog);
		dialog.showModal();
		no.focus();
		// The second click of a double click elsewhere must not answer it: a moment of deafness.
		yes.disabled = true;
		no.disabled = true;
		setTimeout(() => {
			yes.disabled = false;
			no.disabled = false;
			no.focus();
		}, 500);
	});
}
