// The part of the gadget every page loads (a few hundred bytes): it loads the real gadget only on
// pages that show a Let's Connect session, so every other page of the wiki costs nothing more.
const GADGET_MODULE = 'ext.gadget.letsconnect';

if (window.top === window.self) {
  mw.hook('wikipage.content').add(($content: JQuery) => {
    if ($content[0]?.querySelector('[data-lc-session]')) mw.loader.load(GADGET_MODULE);
  });
}
