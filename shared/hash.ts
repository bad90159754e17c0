// One short, stable hash for the whole project (FNV-1a, 32 bits): the gadget, the bot and the
// Lua module compute the same one. Bit arithmetic is the point here.
/* eslint-disable no-bitwise */

/** The UTF-8 bytes of a text (shared code has no TextEncoder: neither DOM nor Node here). */
export function utf8Bytes(text: string): number[] {
	const bytes: number[] = [];
	for (const char of text) {
		const c = char.codePointAt(0) as number;
		if (c < 0x80) bytes.push(c);
		else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
		else if (c < 0x10000) {
			bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		} else {
			bytes.push(
				0xf0 | (c >> 18),
				0x80 | ((c >> 12) & 63),
				0x80 | ((c >> 6) & 63),
				0x80 | (c & 63),
			);
		}
	}
	return bytes;
}

/** 32-bit FNV-1a of a sequence of numbers (bytes, or code points), as 8 hex digits. */
export function fnv1a(values: Iterable<number>): string {
	let hash = 0x811c9dc5;
	for (const value of values) {
		hash ^= value;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
