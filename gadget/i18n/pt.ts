// The gadget's messages in one language, as their own module (ext.gadget.letsconnect-i18n-pt): the
// loader asks for it with the gadget, in the same request, only for a reader of that language.
import { pt } from '../../shared/i18n/translations/pt';
import { registerTranslation } from './register';

registerTranslation('pt', pt);
