// "Join Let's Connect": a dialog that creates or updates the reader's profile page,
// ROOT/Participants/<username>. Native <dialog>: it traps focus, Escape closes it, and focus
// returns to the button that opened it.
import { PROFILE_FIELDS, profileValues, withProfile, type ProfileValues } from '../shared/model/participant';
import { profilePageTitle } from '../shared/model/titles';
import type { MessageKey } from '../shared/i18n/messages';
import { ApiFailure, messageForFailure } from './api-errors';
import { editPage, fetchPages } from './wiki-pages';
import type { CardContext } from './session-card';

const LABELS: Record<keyof ProfileValues, MessageKey> = {
  languages: 'lc-join-languages', country: 'lc-join-country', region: 'lc-join-region', affiliate: 'lc-join-affiliate',
  home: 'lc-join-home', share: 'lc-join-share', learn: 'lc-join-learn',
};

export async function openJoinForm(root: string, ctx: CardContext, opener: HTMLElement): Promise<void> {
  const api = ctx.api as mw.Api;
  const user = ctx.user as string;
  const title = profilePageTitle(root, user);
  const dialog = document.createElement('dialog');
  dialog.className = 'lc-dialog';
  dialog.setAttribute('aria-labelledby', 'lc-join-heading');
  const heading = document.createElement('h2');
  heading.id = 'lc-join-heading';
  heading.textContent = ctx.msg('lc-join-title');
  const intro = document.createElement('p');
  intro.textContent = ctx.msg('lc-join-intro', title);
  const form = document.createElement('form');
  form.method = 'dialog';
  const inputs = new Map<keyof ProfileValues, HTMLInputElement>();
  // Disabled until the current profile is loaded, so that nothing typed is overwritten by it.
  const fields = document.createElement('fieldset');
  fields.className = 'lc-form-fields';
  fields.disabled = true;
  for (const field of PROFILE_FIELDS) {
    const label = document.createElement('label');
    label.className = 'lc-form-field';
    const span = document.createElement('span');
    span.textContent = ctx.msg(LABELS[field]);
    const input = document.createElement('input');
    input.type = 'text';
    input.name = field;
    input.maxLength = 300;
    label.append(span, input);
    inputs.set(field, input);
    fields.append(label);
  }
  form.append(fields);
  const status = document.createElement('p');
  status.className = 'lc-form-status';
  status.setAttribute('role', 'status');
  const save = document.createElement('button');
  save.type = 'submit';
  save.className = 'lc-button lc-button-primary';
  save.textContent = ctx.msg('lc-join-save');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'lc-button lc-button-quiet';
  close.textContent = ctx.msg('lc-join-close');
  close.addEventListener('click', () => dialog.close());
  const actions = document.createElement('div');
  actions.className = 'lc-form-actions';
  actions.append(save, close);
  form.append(status, actions);
  dialog.append(heading, intro, form);
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  let loaded: ProfileValues | undefined;
  // Attached before anything else, so that Enter never closes the dialog through method=dialog.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (save.disabled || !loaded) return;
    save.disabled = true;
    status.textContent = ctx.msg('lc-working');
    const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, inputs.get(f)?.value.trim() ?? ''])) as unknown as ProfileValues;
    const joined = ctx.now().toISOString().slice(0, 7);
    const before = loaded;
    editPage(api, title, (text) => {
      const next = withProfile(text, user, values, joined, before);
      if (next === undefined) throw new ApiFailure('profile-unreadable');
      return { text: next, summary: ctx.summary('lc-summary-join') };
    }, { create: true })
      .then(() => { status.textContent = ctx.msg('lc-join-saved'); })
      .catch((failure: unknown) => {
        const code = failure instanceof ApiFailure ? failure.code : 'unknown';
        status.textContent = ctx.msg(messageForFailure(code), failure instanceof ApiFailure ? failure.said : code);
      })
      .finally(() => { save.disabled = false; });
  });
  save.disabled = true;
  heading.tabIndex = -1;
  dialog.showModal();
  heading.focus();
  status.textContent = ctx.msg('lc-working');
  try {
    const { pages } = await fetchPages(api, [title]);
    loaded = profileValues(pages.get(title)?.text ?? '');
    for (const [field, input] of inputs) input.value = loaded[field];
    status.textContent = '';
    fields.disabled = false;
    save.disabled = false;
    inputs.get('languages')?.focus();
  } catch (failure) {
    // Without the current profile, saving could blank it: the form stays closed to input.
    const code = failure instanceof ApiFailure ? failure.code : 'unknown';
    status.textContent = ctx.msg(messageForFailure(code), code);
  }
}
