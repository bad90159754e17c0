// Every translation, for the tests and the bot: the gadget loads each one as its own module
// (gadget/i18n/), only for readers of that language.
import { en, type Catalogue } from '../messages';
import { ar } from './ar';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export const catalogues: Record<string, Catalogue> = { en, es, fr, ar, pt };
