// The gadget's messages in one language, as their own module (ext.gadget.letsconnect-i18n-es): the
// loader asks for it with the gadget, in the same request, only for a reader of that language.
import { es } from '../../shared/i18n/translations/es';
import { registerTranslation } from './register';

registerTranslation('es', es);
