// Language codes: known when the platform's CLDR data has a name for them.

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const FORMAT = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export function isKnownLanguage(code: string): boolean {
  if (!FORMAT.test(code)) return false;
  try {
    return names.of(code)?.toLowerCase() !== code;
  } catch {
    return false;
  }
}
