// Finds template calls in wikitext with the exact offsets of every part, so that a change to one
// parameter can be written back without touching any other byte of the page.

/** One parameter of a template call; offsets are into the page text. */
export interface TemplateParam {
  /** Trimmed name; positional parameters are numbered from "1" like MediaWiki does. */
  name: string;
  /** Value as MediaWiki sees it: comments removed, trimmed for named parameters. */
  value: string;
  /** True for `name=value`, false for a positional value. */
  named: boolean;
  /** Offset of the `|` that opens this parameter. */
  start: number;
  /** Offset just after the parameter's last character (before the next `|` or the closing `}}`). */
  end: number;
  /** Offsets of the raw value (untrimmed) inside the page text. */
  valueStart: number;
  valueEnd: number;
}

export interface TemplateCall {
  /** Normalised name: no `Template:` prefix, first letter upper case, single spaces. */
  name: string;
  /** Offset of the opening `{{` and just after the closing `}}`. */
  start: number;
  end: number;
  /** Offset just after the name part (where the first `|` or the closing `}}` begins). */
  nameEnd: number;
  params: TemplateParam[];
  /** Nesting depth: 0 for a call that is not inside another template's braces. */
  depth: number;
}

/** Tags whose content the wiki does not parse for templates. */
const OPAQUE_TAGS = ['nowiki', 'pre', 'syntaxhighlight', 'source', 'math', 'templatedata', 'score', 'chem'];
const OPAQUE_OPEN = new RegExp(`^<(${OPAQUE_TAGS.join('|')})(\\s[^>]*)?>`, 'i');

/** Comments vanish before a template sees its parameters (an unclosed one runs to the end). */
export function withoutComments(value: string): string {
  return value.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Normalises a template name as MediaWiki would resolve it (without redirects). */
export function normaliseTemplateName(raw: string): string {
  let name = raw.replace(/<!--[\s\S]*?(-->|$)/g, '').replace(/[_\s]+/g, ' ').trim();
  name = name.replace(/^(safesubst|subst):\s*/i, '').replace(/^template\s*:\s*/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Skips a construct that hides `|`, `=` and `}}` from the enclosing template, if one starts at `i`.
 * Returns the offset after it, or -1 when nothing special starts there.
 */
function skipOpaque(text: string, i: number): number {
  if (text.startsWith('<!--', i)) {
    const close = text.indexOf('-->', i + 4);
    return close === -1 ? text.length : close + 3;
  }
  if (text[i] === '<') {
    const open = OPAQUE_OPEN.exec(text.slice(i, i + 200));
    if (open) {
      if (open[0].endsWith('/>')) return i + open[0].length;
      const closeTag = `</${open[1].toLowerCase()}`;
      const close = text.toLowerCase().indexOf(closeTag, i + open[0].length);
      if (close === -1) return i + open[0].length;
      const gt = text.indexOf('>', close);
      return gt === -1 ? text.length : gt + 1;
    }
  }
  return -1;
}

interface ScanState {
  text: string;
  calls: TemplateCall[];
}

/** Scans a `[[…]]` link starting at `i`; returns the offset after it, or -1 if it never closes. */
function scanLink(state: ScanState, i: number, depth: number): number {
  const { text } = state;
  let j = i + 2;
  while (j < text.length) {
    const skipped = skipOpaque(text, j);
    if (skipped !== -1) { j = skipped; continue; }
    if (text.startsWith(']]', j)) return j + 2;
    if (text.startsWith('[[', j)) {
      const after = scanLink(state, j, depth);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text.startsWith('{{', j)) {
      const after = scanBraces(state, j, depth);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text[j] === '\n') return -1;
    j++;
  }
  return -1;
}

/**
 * Scans `{{…}}` or `{{{…}}}` starting at `i`, recording template calls.
 * Returns the offset after the construct, or -1 if it is not closed (then it is plain text).
 */
function scanBraces(state: ScanState, i: number, depth: number): number {
  const { text } = state;
  const isParameter = text.startsWith('{{{', i) && !text.startsWith('{{{{', i);
  const openLength = isParameter ? 3 : 2;
  const closer = isParameter ? '}}}' : '}}';
  const separators: number[] = [];
  const nestedBefore = state.calls.length;
  let j = i + openLength;
  while (j < text.length) {
    const skipped = skipOpaque(text, j);
    if (skipped !== -1) { j = skipped; continue; }
    if (text.startsWith(closer, j)) {
      if (!isParameter) recordCall(state, i, j + 2, separators, depth, nestedBefore);
      return j + closer.length;
    }
    if (text.startsWith('{{', j)) {
      const after = scanBraces(state, j, depth + 1);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text.startsWith('[[', j)) {
      const after = scanLink(state, j, depth + 1);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text[j] === '|') separators.push(j);
    j++;
  }
  // Unclosed: whatever was found inside stays, but this is not a call.
  return -1;
}

/** Offsets in [from, to) where `=` separates a parameter name, skipping nested constructs. */
function findEquals(state: ScanState, from: number, to: number): number {
  const { text } = state;
  let j = from;
  const scratch: ScanState = { text, calls: [] };
  while (j < to) {
    const skipped = skipOpaque(text, j);
    if (skipped !== -1) { j = skipped; continue; }
    if (text.startsWith('{{', j)) {
      const after = scanBraces(scratch, j, 0);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text.startsWith('[[', j)) {
      const after = scanLink(scratch, j, 0);
      j = after === -1 ? j + 2 : after;
      continue;
    }
    if (text[j] === '=') return j;
    j++;
  }
  return -1;
}

function recordCall(state: ScanState, start: number, end: number, separators: number[], depth: number, nestedBefore: number): void {
  const { text } = state;
  const closeAt = end - 2;
  const nameEnd = separators.length > 0 ? separators[0] : closeAt;
  const rawName = text.slice(start + 2, nameEnd);
  // Separators inside nested constructs were never pushed, so each one delimits a parameter here.
  const params: TemplateParam[] = [];
  let position = 0;
  separators.forEach((sep, index) => {
    const paramEnd = index + 1 < separators.length ? separators[index + 1] : closeAt;
    const equals = findEquals(state, sep + 1, paramEnd);
    if (equals === -1) {
      position += 1;
      params.push({
        name: String(position), value: withoutComments(text.slice(sep + 1, paramEnd)), named: false,
        start: sep, end: paramEnd, valueStart: sep + 1, valueEnd: paramEnd,
      });
    } else {
      params.push({
        name: text.slice(sep + 1, equals).replace(/<!--[\s\S]*?-->/g, '').trim(),
        value: withoutComments(text.slice(equals + 1, paramEnd)).trim(), named: true,
        start: sep, end: paramEnd, valueStart: equals + 1, valueEnd: paramEnd,
      });
    }
  });
  const call: TemplateCall = { name: normaliseTemplateName(rawName), start, end, nameEnd, params, depth };
  // Keep calls in document order: this one starts before those nested inside it.
  state.calls.splice(nestedBefore, 0, call);
}

/** Every template call in the text (nested ones too), in order of their opening braces. */
export function parseTemplates(text: string): TemplateCall[] {
  const state: ScanState = { text, calls: [] };
  let i = 0;
  while (i < text.length) {
    const skipped = skipOpaque(text, i);
    if (skipped !== -1) { i = skipped; continue; }
    if (text.startsWith('{{', i)) {
      const after = scanBraces(state, i, 0);
      i = after === -1 ? i + 2 : after;
      continue;
    }
    i++;
  }
  return state.calls;
}

/** Calls of one template (name compared after normalisation). */
export function findTemplates(text: string, name: string): TemplateCall[] {
  const wanted = normaliseTemplateName(name);
  return parseTemplates(text).filter((call) => call.name === wanted);
}

/** The value of a parameter; a later duplicate wins, as in MediaWiki. */
export function getParam(call: TemplateCall, name: string): string | undefined {
  let value: string | undefined;
  for (const param of call.params) if (param.name === name) value = param.value;
  return value;
}

/** All parameters as a plain object (later duplicates win). */
export function paramsOf(call: TemplateCall): Record<string, string> {
  const result: Record<string, string> = {};
  for (const param of call.params) result[param.name] = param.value;
  return result;
}

/**
 * Writes a call back from its parts (name, then each `|name=value` or `|value`). Equal to the
 * original text whenever the parser's offsets are right: the property tests rely on it.
 */
export function serialiseCall(text: string, call: TemplateCall): string {
  const parts = call.params.map((p) =>
    p.named ? `|${text.slice(p.start + 1, p.valueStart - 1)}=${text.slice(p.valueStart, p.valueEnd)}` : `|${text.slice(p.valueStart, p.valueEnd)}`);
  return `{{${text.slice(call.start + 2, call.nameEnd)}${parts.join('')}}}`;
}

/** The page rebuilt from its top-level calls and the text between them. */
export function serialisePage(text: string, calls: TemplateCall[] = parseTemplates(text)): string {
  let result = '';
  let at = 0;
  for (const call of calls.filter((c) => c.depth === 0)) {
    result += text.slice(at, call.start) + serialiseCall(text, call);
    at = call.end;
  }
  return result + text.slice(at);
}
