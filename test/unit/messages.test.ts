import { catalogues, en, messagesFor, type MessageKey } from '../../shared/i18n/messages';
import { qqq } from '../../shared/i18n/qqq';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(',');

describe('interface messages', () => {
  it('documents every message for translators', () => {
    for (const key of keys) expect(qqq[key]?.length).toBeGreaterThan(5);
  });

  it.each(['es', 'fr', 'ar', 'pt'])('%s translates every interface message with the same placeholders', (language) => {
    const catalogue = catalogues[language];
    for (const key of keys.filter((k) => !k.startsWith('lc-summary'))) {
      expect([key, catalogue[key] !== undefined]).toEqual([key, true]);
      expect([key, placeholders(catalogue[key] ?? '')]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('falls back to English for other languages and for missing keys', () => {
    expect(messagesFor('de')['lc-signup']).toBe('Sign up');
    expect(messagesFor('es-419')['lc-signup']).toBe('Inscribirme');
    expect(messagesFor('ar')['lc-summary-signup']).toBe(en['lc-summary-signup']);
  });
});
