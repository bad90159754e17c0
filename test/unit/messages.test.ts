import { TRANSLATED_LANGUAGES, en, messagesFor, type MessageKey } from '../../shared/i18n/messages';
import { catalogues } from '../../shared/i18n/translations';
import { qqq } from '../../shared/i18n/qqq';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(',');

describe('interface messages', () => {
  it('documents every message for translators', () => {
    for (const key of keys) expect(qqq[key]?.length).toBeGreaterThan(5);
  });

  it('has a translation module for every translated language, and no other', () => {
    expect(Object.keys(catalogues).filter((c) => c !== 'en').sort()).toEqual([...TRANSLATED_LANGUAGES].sort());
  });

  it.each([...TRANSLATED_LANGUAGES])('%s translates every interface message with the same placeholders', (language) => {
    const catalogue = catalogues[language];
    for (const key of keys.filter((k) => !k.startsWith('lc-summary'))) {
      expect([key, catalogue[key] !== undefined]).toEqual([key, true]);
      expect([key, placeholders(catalogue[key] ?? '')]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('falls back to English for other languages and for missing keys', () => {
    expect(messagesFor('de', catalogues)['lc-signup']).toBe('Sign up');
    expect(messagesFor('es-419', catalogues)['lc-signup']).toBe('Inscribirme');
    expect(messagesFor('ar', catalogues)['lc-summary-signup']).toBe(en['lc-summary-signup']);
  });
});
