// Escaping of values written into template parameters, so that a hostile or clumsy value can
// neither end the parameter, start markup, nor sign a page when it is saved.

/** Makes a value safe to write as `|name=VALUE` inside a template call. */
export function escapeTemplateValue(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/\|/g, '&#124;')
    .replace(/~(?=~~)/g, '&#126;')
    .replace(/'(?=')/g, '&#39;')
    .replace(/^[\s]+|[\s]+$/g, '');
}

/** Reverses the character references {@link escapeTemplateValue} writes, for reading back. */
export function unescapeTemplateValue(value: string): string {
  return value
    // <nowiki>x</nowiki> shows x literally; an empty <nowiki/> shows nothing.
    .replace(/<nowiki\s*\/>/gi, '')
    .replace(/<nowiki\s*>([\s\S]*?)<\/nowiki\s*>/gi, "$1")
    .replace(/\{\{\s*!\s*\}\}/g, '|')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
