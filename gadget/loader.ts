// The part of the gadget every page loads (a few hundred bytes): it loads the real gadget only on
// pages that show a Let's Connect session, so every other page of the wiki costs nothing more;
// with it, in the same request, the messages of the reader's language and the wiki's (for edit
// summaries) when they are not English.
import { TRANSLATED_LANGUAGES } from '../shared/i18n/messages';
import { translationModules } from './i18n/register';
import { GADGET_PLACES } from './gadget-places';

const GADGET_MODULE = 'ext.gadget.letsconnect';

if (window.top === window.self) {
	mw.hook('wikipage.content').add(($content: JQuery) => {
		if (!$content[0]?.querySelector(GADGET_PLACES)) return;
		mw.loader.load([
			GADGET_MODULE,
			...translationModules(
				[mw.config.get('wgUserLanguage'), mw.config.get('wgContentLanguage')],
				TRANSLATED_LANGUAGES,
			),
		]);
	});
}
