// The sign-up area of one session card: a button, the reader's state, or why they cannot sign up.
import { cancelRegistration, signUp, type RegistrationStatus } from '../shared/registrations/registration-page';
import type { MessageKey } from '../shared/i18n/messages';
import { ApiFailure, messageForFailure } from './api-errors';
import { editPage } from './registration-api';
import { registrationTitle, type SessionElement } from './session-elements';

export interface ReaderState {
  status: RegistrationStatus | 'none';
  position?: number;
  registered: number;
  /** People waiting: while anyone waits, a newcomer joins the end of the waitlist. */
  waitlisted: number;
}

export interface SignupContext {
  api: mw.Api | null;
  user: string | null;
  now: () => Date;
  /** A message in the reader's language. */
  msg: (key: MessageKey, ...params: Array<string | number>) => string;
  /** The reader's language, for Intl. */
  locale: string;
  /** A message in the wiki's content language, for edit summaries. */
  summary: (key: MessageKey, ...params: Array<string | number>) => string;
  loginUrl: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A language's name in the reader's language; the code itself when Intl does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function isoNow(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Why nobody can sign up now, or null when sign-up is possible. */
export function closedReason(session: SessionElement, now: Date): MessageKey | null {
  if (session.status === 'cancelled') return 'lc-cancelled-session';
  if (session.status === 'postponed') return 'lc-postponed-session';
  if (session.end.getTime() <= now.getTime()) return 'lc-past';
  if (session.registration === 'closed') return 'lc-closed';
  return null;
}

export class SignupControl {
  readonly root: HTMLElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;

  private interpretation = '';
  private remind = true;

  constructor(private readonly session: SessionElement, private readonly ctx: SignupContext, private state: ReaderState) {
    this.root = el('div', 'lc-signup');
    this.status = el('span', 'lc-signup-state');
    // Screen readers hear "registered" or the waitlist position when it changes.
    this.status.setAttribute('role', 'status');
    this.error = el('div', 'lc-signup-error');
    this.error.setAttribute('role', 'alert');
    this.root.append(this.status, this.error);
    this.render();
  }

  private render(): void {
    this.status.replaceChildren();
    const { session, ctx, state } = this;
    this.root.dataset.lcState = state.status;
    const reason = closedReason(session, ctx.now());
    if (reason) {
      this.status.append(el('span', 'lc-signup-closed', ctx.msg(reason)));
      return;
    }
    if (!ctx.user || !ctx.api) {
      const link = el('a', 'lc-signup-login', ctx.msg('lc-signup-login'));
      link.href = ctx.loginUrl;
      this.status.append(link);
      return;
    }
    if (state.status === 'registered' || state.status === 'waitlisted') {
      const text = state.status === 'registered' ? ctx.msg('lc-registered') : ctx.msg('lc-waitlisted', state.position ?? 1);
      this.status.append(el('span', 'lc-signup-done', `✓ ${text}`), ' ', this.button('lc-cancel', 'lc-button-quiet', () => this.cancel()));
      return;
    }
    const full = session.capacity !== undefined && (state.registered >= session.capacity || state.waitlisted > 0);
    this.status.append(this.button(full ? 'lc-waitlist-join' : 'lc-signup', 'lc-button-primary', () => this.signUp()), ' ', this.options());
  }

  /** Interpretation and reminder choices, folded away: the button alone is the one click. */
  private options(): HTMLElement {
    const { ctx, session } = this;
    const details = el('details', 'lc-signup-options');
    details.append(el('summary', '', ctx.msg('lc-options')));
    if (session.interpretation.length > 0) {
      const label = el('label', 'lc-field', `${ctx.msg('lc-interpretation-choice')} `);
      const select = el('select', '');
      select.append(new Option(ctx.msg('lc-interpretation-none'), ''));
      for (const code of session.interpretation) select.append(new Option(languageName(code, ctx.locale), code, false, code === this.interpretation));
      select.addEventListener('change', () => { this.interpretation = select.value; });
      label.append(select);
      details.append(label);
    }
    const remind = el('label', 'lc-field');
    const box = el('input', '');
    box.type = 'checkbox';
    box.checked = this.remind;
    box.addEventListener('change', () => { this.remind = box.checked; });
    remind.append(box, ` ${ctx.msg('lc-remind-me')}`);
    details.append(remind);
    return details;
  }

  private button(label: MessageKey, className: string, action: () => Promise<void>): HTMLButtonElement {
    const button = el('button', `lc-button ${className}`, this.ctx.msg(label));
    button.type = 'button';
    button.addEventListener('click', () => {
      // One edit per click, whatever the mouse does meanwhile.
      if (button.disabled) return;
      button.disabled = true;
      button.textContent = this.ctx.msg('lc-working');
      this.error.textContent = '';
      action().catch((failure: unknown) => {
        const code = failure instanceof ApiFailure ? failure.code : 'unknown';
        this.error.textContent = this.ctx.msg(messageForFailure(code), code);
      }).finally(() => {
        this.render();
        // The clicked button is gone: keep the keyboard where the reader was.
        this.status.querySelector<HTMLElement>('button')?.focus();
      });
    });
    return button;
  }

  private async signUp(): Promise<void> {
    const { session, ctx } = this;
    const user = ctx.user as string;
    let outcome: ReaderState | undefined;
    await editPage(ctx.api as mw.Api, registrationTitle(session), (current) => {
      const result = signUp(current, { user, now: isoNow(ctx.now()), capacity: session.capacity, interpretation: this.interpretation || undefined, remind: this.remind });
      if (result.outcome === 'already') {
        outcome = { ...this.state, status: result.status, position: result.position };
        return null;
      }
      outcome = {
        status: result.outcome, position: result.position,
        registered: this.state.registered + (result.outcome === 'registered' ? 1 : 0),
        waitlisted: this.state.waitlisted + (result.outcome === 'waitlisted' ? 1 : 0),
      };
      return { text: result.text, summary: ctx.summary('lc-summary-signup', session.title) };
    });
    if (outcome) this.state = outcome;
  }

  private async cancel(): Promise<void> {
    const { session, ctx } = this;
    let cancelled = false;
    await editPage(ctx.api as mw.Api, registrationTitle(session), (current) => {
      const result = cancelRegistration(current, ctx.user as string, session.capacity, isoNow(ctx.now()));
      if (result.outcome !== 'cancelled') return null;
      cancelled = true;
      return { text: result.text, summary: ctx.summary('lc-summary-cancel', session.title) };
    });
    const was = this.state.status;
    const moved = cancelled && was === 'registered' && this.state.waitlisted > 0 && this.session.capacity !== undefined;
    this.state = {
      status: 'cancelled',
      // A place given up goes to the first on the waitlist in the same edit.
      registered: this.state.registered - (cancelled && was === 'registered' && !moved ? 1 : 0),
      waitlisted: this.state.waitlisted - (moved ? 1 : 0) - (cancelled && was === 'waitlisted' ? 1 : 0),
    };
  }
}
