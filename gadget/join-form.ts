// "Join Let's Connect": the button (or, for an anonymous reader, a log-in link). The form itself,
// which creates or updates the reader's profile, is in the forms module (join-dialog.ts), loaded
// on the first click like the session form.
import { accountLink } from './signup-control';
import type { CardContext } from './session-card';
import { FORMS_MODULE, type FormsModule } from './forms-module';

/** The button that opens the form (or, for an anonymous reader, a log-in link). */
export function joinButton(root: string, ctx: CardContext): HTMLElement {
  if (!ctx.user || !ctx.api) {
    const link = accountLink(ctx, 'lc-join-login', 'lc-join-temporary');
    link.classList.replace('lc-signup-login', 'lc-join-login');
    return link;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lc-button lc-button-primary lc-join';
  button.textContent = ctx.msg('lc-join');
  button.addEventListener('click', () => {
    void mw.loader.using(FORMS_MODULE).then((require) => (require(FORMS_MODULE) as FormsModule).openJoinForm(root, ctx, button));
  });
  return button;
}
