// The Translate extension's markup in a value: `<translate>` and `</translate>` around the units,
// `<!--T:12-->` unit markers, `<tvar name="x">…</tvar>` (kept: its content is the value), and
// `<languages/>`. Translate removes them before the page is rendered; the codec reads a value as
// the page shows it, and never rewrites them on the page (a translation unit stays whole).

export function withoutTranslateMarkup(value: string): string {
	return (
		value
			// Openers and closers each on their own (the module strips them the same way).
			.replace(/<translate(\s[^>]*)?>|<\/translate\s*>/gi, '')
			.replace(/<!--T:[^>]*?-->/g, '')
			.replace(/<tvar\b[^>]*>|<\/tvar\s*>|<\/>/gi, '')
			.replace(/<languages\s*\/>/gi, '')
	);
}
