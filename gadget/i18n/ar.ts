// The gadget's messages in one language, as their own module (ext.gadget.letsconnect-i18n-ar): the
// loader asks for it with the gadget, in the same request, only for a reader of that language.
import { ar } from '../../shared/i18n/translations/ar';
import { registerTranslation } from './register';

registerTranslation('ar', ar);
