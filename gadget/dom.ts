// The gadget's DOM helpers: an element with its class and text (never HTML from the page), and
// the language it speaks.
import { directionOf } from './reader-locale';

/**
 * The node in the gadget's language and its direction: the gadget's words on a card of another
 * language (an English reader on an Arabic hub) run in their own order, isolated (`dir`).
 */
export function speaking<T extends HTMLElement>(node: T, language: string): T {
	node.lang = language;
	node.dir = directionOf(language);
	return node;
}

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
