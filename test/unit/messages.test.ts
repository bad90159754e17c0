import {
	TRANSLATED_LANGUAGES,
	en,
	messagesFor,
	type MessageKey,
} from '../../shared/i18n/messages';
import { catalogues } from '../../shared/i18n/translations';
import { qqq } from '../../shared/i18n/qqq';
import { formatMessage } from '../../shared/i18n/format-message';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) =>
	[...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');

describe('interface messages', () => {
	it('documents every message for translators', () => {
		for (const key of keys) expect(qqq[key]?.length).toBeGreaterThan(5);
	});

	it('has a translation module for every translated language, and no other', () => {
		expect(
			Object.keys(catalogues)
				.filter((c) => c !== 'en')
				.sort(),
		).toEqual([...TRANSLATED_LANGUAGES].sort());
	});

	it.each([...TRANSLATED_LANGUAGES])(
		'%s translates every interface message with the same placeholders',
		(language) => {
			const catalogue = catalogues[language];
			for (const key of keys.filter((k) => !k.startsWith('lc-summary'))) {
				expect([key, catalogue[key] !== undefined]).toEqual([key, true]);
				expect([key, placeholders(catalogue[key] ?? '')]).toEqual([
					key,
					placeholders(en[key]),
				]);
			}
		},
	);

	it('falls back to English for other languages and for missing keys', () => {
		expect(messagesFor('de', catalogues)['lc-signup']).toBe('Sign up');
		expect(messagesFor('es-419', catalogues)['lc-signup']).toBe('Inscribirme');
		expect(messagesFor('ar', catalogues)['lc-summary-signup']).toBe(
			en['lc-summary-signup'],
		);
	});

	it.each(['en', ...TRANSLATED_LANGUAGES])(
		'%s: every plural has no more forms than the language has numbers',
		(language) => {
			const categories = new Intl.PluralRules(language).resolvedOptions()
				.pluralCategories.length;
			for (const [key, message] of Object.entries(catalogues[language])) {
				for (const [, forms] of (message ?? '').matchAll(
					/\{\{PLURAL:[^|}]*\|([^{}]*)\}\}/g,
				)) {
					expect([key, forms.split('|').length <= categories]).toEqual([
						key,
						true,
					]);
				}
			}
		},
	);
});

describe('formatMessage', () => {
	it('says "1 place" and "2 places", by each language\'s rules', () => {
		const taken = en['lc-count-taken'];
		expect(formatMessage(taken, [1, 1], 'en')).toBe('1 of 1 place taken');
		expect(formatMessage(taken, [0, 2], 'en')).toBe('0 of 2 places taken');
		// French: 0 and 1 are singular.
		expect(
			formatMessage(catalogues.fr['lc-count-taken'] ?? '', [0, 1], 'fr'),
		).toBe('0 place prise sur 1');
		expect(
			formatMessage(catalogues.fr['lc-count-taken'] ?? '', [3, 5], 'fr'),
		).toBe('3 places prises sur 5');
		// The noun agrees with the places taken, not with all places.
		expect(
			formatMessage(catalogues.fr['lc-count-taken'] ?? '', [1, 5], 'fr'),
		).toBe('1 place prise sur 5');
	});

	it("writes numbers in the language's digits, as MediaWiki's formatNum does, and chooses the plural by the number", () => {
		const digits = new Intl.NumberFormat('ar').format(12);
		expect(formatMessage('$1', [12], 'ar')).toBe(digits);
		expect(formatMessage('{{PLURAL:$1|one|$1 many}}', [12], 'en')).toBe(
			'12 many',
		);
		expect(formatMessage('$1', ['12'], 'ar')).toBe('12');
	});

	it("picks Arabic's six forms (zero, one, two, few, many, other) in MediaWiki's order", () => {
		const waits = catalogues.ar['lc-state-waitlist'] ?? '';
		const forms =
			/\{\{PLURAL:\$1\|([^}]*)\}\}/.exec(waits)?.[1].split('|') ?? [];
		const form = (n: number) =>
			formatMessage('{{PLURAL:$1|' + forms.join('|') + '}}', [n], 'ar');
		const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
		expect([0, 1, 2, 3, 11, 100].map(form)).toEqual([
			forms[0],
			forms[1],
			forms[2],
			forms[3].replace('$1', ar(3)),
			forms[4].replace('$1', ar(11)),
			forms[5].replace('$1', ar(100)),
		]);
	});

	it('takes an explicit form for a number first, and leaves a message without plurals as it is', () => {
		expect(
			formatMessage('{{PLURAL:$1|0=no places|one place|$1 places}}', [0], 'en'),
		).toBe('no places');
		expect(
			formatMessage('{{PLURAL:$1|0=no places|one place|$1 places}}', [1], 'en'),
		).toBe('one place');
		expect(formatMessage('$1 registered', [7], 'xx-unknown')).toBe(
			'7 registered',
		);
	});
});
