// The gadget's interface messages. English is the fallback for every language; `qqq` documents
// each message for translators, as translatewiki.net does.

export type MessageKey = keyof typeof en;

export const en = {
  'lc-signup': 'Sign up',
  'lc-signup-login': 'Log in to sign up',
  'lc-cancel': 'Cancel my registration',
  'lc-registered': 'You are registered',
  'lc-waitlisted': 'You are on the waitlist (position $1)',
  'lc-waitlist-join': 'Join the waitlist',
  'lc-closed': 'Registration is closed',
  'lc-cancelled-session': 'This session is cancelled',
  'lc-postponed-session': 'This session is postponed',
  'lc-past': 'This session has ended',
  'lc-working': 'Saving…',
  'lc-utc': '$1 UTC',
  'lc-error-network': 'Your sign-up could not be saved because the wiki did not answer. Check your connection and try again.',
  'lc-error-blocked': 'You cannot sign up because your account is blocked from editing.',
  'lc-error-protected': 'The registration page is protected. Ask a Let\'s Connect liaison to add you.',
  'lc-error-conflict': 'Someone else edited the registration page at the same moment. Try again.',
  'lc-error-other': 'Your sign-up could not be saved ($1). Try again, or add yourself on the registration page.',
  'lc-summary-signup': 'Sign up for Let\'s Connect session "$1" (Let\'s Connect gadget)',
  'lc-summary-cancel': 'Cancel registration for Let\'s Connect session "$1" (Let\'s Connect gadget)',
};

export const qqq: Record<MessageKey, string> = {
  'lc-signup': 'Button that registers the reader for a session with one click.',
  'lc-signup-login': 'Link for readers who are not logged in; it leads to the log-in page and back.',
  'lc-cancel': 'Button that cancels the reader\'s registration.',
  'lc-registered': 'State shown after the reader signed up.',
  'lc-waitlisted': 'State shown when the session was full. $1: the reader\'s place on the waitlist.',
  'lc-waitlist-join': 'Button shown instead of {{msg-mw|lc-signup}} when every place is taken.',
  'lc-closed': 'Shown instead of the button when liaisons closed registration.',
  'lc-cancelled-session': 'Shown instead of the button when the session is cancelled.',
  'lc-postponed-session': 'Shown instead of the button when the session is postponed.',
  'lc-past': 'Shown instead of the button after the session ended.',
  'lc-working': 'Button label while the edit is being saved.',
  'lc-utc': 'The start time in UTC, shown beside the local time. $1: a time such as 13:00.',
  'lc-error-network': 'Error when the request failed before the wiki answered.',
  'lc-error-blocked': 'Error when the reader is blocked.',
  'lc-error-protected': 'Error when the registration page is protected.',
  'lc-error-conflict': 'Error when an edit conflict could not be resolved.',
  'lc-error-other': 'Any other error. $1: the API error code.',
  'lc-summary-signup': 'Edit summary, in the wiki\'s content language. $1: session title.',
  'lc-summary-cancel': 'Edit summary, in the wiki\'s content language. $1: session title.',
};

export type Catalogue = Partial<Record<MessageKey, string>>;

export const catalogues: Record<string, Catalogue> = { en };

/** The messages for a language, with English for anything not translated. */
export function messagesFor(language: string): Record<MessageKey, string> {
  const base = language.split('-')[0];
  return { ...en, ...(catalogues[base] ?? {}), ...(catalogues[language] ?? {}) };
}
