// The gadget's messages in one language, as their own module (ext.gadget.letsconnect-i18n-fr): the
// loader asks for it with the gadget, in the same request, only for a reader of that language.
import { fr } from '../../shared/i18n/translations/fr';
import { registerTranslation } from './register';

registerTranslation('fr', fr);
