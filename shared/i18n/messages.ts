// The gadget's interface messages. English is the fallback for every language; `qqq` documents
// each message for translators, as translatewiki.net does. Edit summaries (lc-summary-*) are
// English only: they go out in the wiki's content language, English on Meta.

export const en = {
	'lc-signup': 'Sign up',
	'lc-signup-login': 'Log in to sign up',
	'lc-cancel': 'Cancel my registration',
	'lc-registered': 'You are registered',
	'lc-join-meeting': 'Join the meeting',
	'lc-join-now': 'Join now',
	'lc-confirm-signup': 'Please confirm: do you want to sign up for “$1”, $2?',
	'lc-confirm-cancel':
		'Please confirm: do you want to cancel your registration for “$1”, $2?',
	'lc-confirm-back': 'Go back',
	'lc-confirm-give-place':
		'Give up your place at “$1”, $2? The first person on the waitlist gets it at once, and you cannot take it back (signing up again puts you at the end of the waitlist).',
	'lc-give-place': 'Give up my place',
	'lc-keep-place': 'Keep my place',
	'lc-state-open': 'Registration is open',
	'lc-state-full': 'Full: new sign-ups join the waitlist',
	'lc-state-waitlist':
		'Full: {{PLURAL:$1|one person waits|$1 people wait}} for a place',
	'lc-state-closed': 'Registration is closed',
	'lc-state-cancelled': 'This session is cancelled',
	'lc-state-postponed': 'This session is postponed',
	'lc-state-ended': 'This session has ended',
	'lc-count-registered': '$1 registered',
	'lc-count-taken': '$1 of $2 {{PLURAL:$2|place|places}} taken',
	'lc-count-waitlisted': '$1 on the waitlist',
	'lc-waitlisted': 'You are on the waitlist (position $1)',
	'lc-waitlist-join': 'Join the waitlist',
	'lc-working': 'Saving…',
	'lc-queue-ahead':
		'Waiting for your turn: {{PLURAL:$1|one person|$1 people}} clicked before you…',
	'lc-utc': '$1 UTC',
	'lc-error-calendar':
		'The calendar file could not be made because the wiki did not answer. Check your connection and try again.',
	'lc-error-network':
		'Your sign-up could not be saved because the wiki did not answer. Check your connection and try again.',
	'lc-error-blocked':
		"You cannot sign up because your account is blocked from editing. Nothing was saved. Your talk page explains the block and how to appeal it if you think it is a mistake; a Let's Connect liaison can also add you.",
	'lc-error-protected':
		"The registration page is protected. Ask a Let's Connect liaison to add you.",
	'lc-error-conflict':
		'Someone else edited the registration page at the same moment. Try again.',
	'lc-error-abusefilter':
		"An edit filter stopped the change. Ask a Let's Connect liaison to add you.",
	'lc-error-other':
		'Your sign-up could not be saved ($1). Try again, or add yourself on the registration page.',
	'lc-error-unreadable':
		"The registration page ends inside an unclosed comment or tag, so a new line there would not count. Nothing was saved: ask a Let's Connect liaison to repair the page.",
	'lc-session-add': 'Add a session',
	'lc-session-edit': 'Edit this session',
	'lc-error-profile-unreadable':
		"The page of your profile ends inside an unclosed comment or tag, so a profile added there would not show. Nothing was saved: close the comment on your profile page, or ask a Let's Connect liaison.",
	'lc-error-no-page':
		'Registration for this session has not opened yet (it has no registration page). Nothing was saved: try again later.',
	'lc-error-not-listed':
		"The wiki saved your change, but the registration page does not show it as expected. Open the registration page to check, or ask a Let's Connect liaison.",
	'lc-summary-signup':
		"Sign up for Let's Connect session $1 (Let's Connect gadget)",
	'lc-summary-cancel':
		"Cancel registration for Let's Connect session $1 (Let's Connect gadget)",
	'lc-summary-queue':
		"Take a turn in the sign-up queue of Let's Connect session $1 (Let's Connect gadget)",
	'lc-summary-join': "Join Let's Connect (Let's Connect gadget)",
	'lc-options': 'Options',
	'lc-interpretation-choice': 'Interpretation',
	'lc-interpretation-none': 'None',
	'lc-remind-me': 'Remind me on my talk page',
	'lc-view-agenda': 'List',
	'lc-view-month': 'Month',
	'lc-month-previous': 'Previous month',
	'lc-month-next': 'Next month',
	'lc-filter-type': 'Type',
	'lc-filter-audience': 'For',
	'lc-filter-language': 'Language',
	'lc-filter-topic': 'Topic',
	'lc-filter-hub': 'Hub',
	'lc-filter-all': 'All',
	'lc-type-clinic': 'Learning Clinic',
	'lc-type-connectathon': 'Connectathon',
	'lc-type-workshop': 'Workshop',
	'lc-audience-newcomers': 'Newcomers',
	'lc-audience-organisers': 'Experienced organisers',
	'lc-no-match': 'No session matches these filters.',
	'lc-month-elsewhere': "This month's sessions are on their own page:",
	'lc-clear-filters': 'Clear filters',
	'lc-add-calendar': 'Add to calendar (.ics)',
	'lc-add-google': 'Google Calendar',
	'lc-add-all': 'Add these sessions to my calendar',
	'lc-join': "Join Let's Connect",
	'lc-attendance-take': 'Take attendance',
	'lc-join-edit': 'Edit my profile',
	'lc-registration-opens':
		"Registration opens at the bot's next run (usually within a day).",
	'lc-join-login': "Log in to join Let's Connect",
	'lc-signup-temporary': 'Create an account to sign up',
	'lc-join-temporary': "Create an account to join Let's Connect",
	'lc-temporary-hint':
		'You are editing with a temporary account, which cannot sign up: it ends when your browser forgets it. An account of your own keeps your sign-ups and reminders.',
	'lc-error-temporary-account':
		'Only a named account can sign up. Create an account, then sign up again. Nothing was saved.',
	'lc-error-captcha':
		'The wiki wants a CAPTCHA solved before it saves this change, and the gadget cannot show one. Nothing was saved: make the change on the page itself, where the wiki shows it.',
	'lc-error-held':
		'The wiki held your change and did not save it ($1). Nothing was saved: make the change on the page itself, where the wiki says why.',
};

export type MessageKey = keyof typeof en;

export type Catalogue = Partial<Record<MessageKey, string>>;

/** The languages with a translation module (gadget/i18n/, `ext.gadget.letsconnect-i18n-<code>`). */
export const TRANSLATED_LANGUAGES = ['es', 'fr', 'ar', 'pt'] as const;

/** The messages for a language from its catalogues (the most specific last), English for anything not translated. */
export function messagesFor(
	language: string,
	catalogues: Record<string, Catalogue | undefined>,
): Record<MessageKey, string> {
	const base = language.split('-')[0];
	return { ...en, ...catalogues[base], ...catalogues[language] };
}
