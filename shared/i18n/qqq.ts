// Message documentation for translators (translatewiki.net's `qqq`). Kept apart from the
// catalogues so that the gadget bundle does not carry it.
import type { MessageKey } from './messages';

export const qqq: Record<MessageKey, string> = {
	'lc-signup': 'Button that registers the reader for a session with one click.',
	'lc-signup-login':
		'Link for readers who are not logged in; it leads to the log-in page and back.',
	'lc-cancel': "Button that cancels the reader's registration.",
	'lc-registered': 'State shown after the reader signed up.',
	'lc-join-meeting':
		'Link to the online meeting, shown only to a reader who has a place (or shares) at the session.',
	'lc-join-now':
		'The same link, shown as a prominent button from 15 minutes before the start to the end.',
	'lc-waitlisted':
		"State shown when the session was full. $1: the reader's place on the waitlist.",
	'lc-waitlist-join':
		'Button shown instead of {{msg-mw|lc-signup}} when every place is taken.',
	'lc-working': 'Button label while the edit is being saved.',
	'lc-queue-ahead':
		'Button label while a sign-up waits for the people who clicked earlier to be listed first (in a rush of sign-ups). $1: how many of them are not listed yet.',
	'lc-utc':
		'The start time in UTC, shown beside the local time. $1: a time such as 13:00.',
	'lc-error-calendar':
		'Shown (as a notification) when "Add to calendar" cannot load the small module that makes the .ics file.',
	'lc-error-network': 'Error when the request failed before the wiki answered.',
	'lc-error-blocked':
		'Error when the reader is blocked: says nothing was saved, where to read about the block and appeal it, and that a liaison can add them.',
	'lc-error-protected': 'Error when the registration page is protected.',
	'lc-error-conflict': 'Error when an edit conflict could not be resolved.',
	'lc-error-abusefilter': 'Error when an abuse filter refused the edit.',
	'lc-error-other': 'Any other error. $1: the API error code.',
	'lc-confirm-signup':
		"Asked in a dialog before signing up when the button was not clearly visible where the reader clicked, or the card does not match the session's registration page. $1: the session's title; $2: its date and time in the reader's zone.",
	'lc-confirm-cancel':
		"Like lc-confirm-signup, before cancelling a registration. $1: the session's title; $2: its date and time.",
	'lc-state-open':
		"Where a session stands: people can sign up and places are left. Shown by the gadget and, from the same words, by the wiki's module.",
	'lc-state-full':
		'Where a session stands: every place is taken and nobody waits yet; signing up now joins the waitlist.',
	'lc-state-waitlist':
		'Where a session stands: every place is taken and people wait. $1: how many wait (use PLURAL).',
	'lc-state-closed': 'Where a session stands: liaisons closed registration.',
	'lc-state-cancelled': 'Where a session stands: it is cancelled.',
	'lc-state-postponed': 'Where a session stands: it is postponed.',
	'lc-state-ended': 'Where a session stands: it is over.',
	'lc-count-registered':
		'How many people have a place, for a session without a limit. $1: a number.',
	'lc-count-taken':
		'How many places are taken. $1: places taken; $2: all places (PLURAL on the number the noun agrees with: $2 in English, $1 in French).',
	'lc-count-waitlisted': 'How many people wait for a place. $1: a number.',
	'lc-confirm-back': "The dialog's button that does nothing and closes it.",
	'lc-confirm-give-place':
		"Asked before a registered reader cancels while others wait: $1 is the session's title, $2 its time. Their place goes to the first person on the waitlist.",
	'lc-give-place': 'Button that confirms giving up the place.',
	'lc-keep-place': 'Button that keeps the place (nothing is written).',
	'lc-error-unreadable':
		'Shown when the registration page ends inside an unclosed comment or extension tag, so that a line added at the end would be invisible. Nothing was written.',
	'lc-session-add':
		"Button on the programme's (or a hub's) page and calendar that opens the form to add a session (liaisons).",
	'lc-session-edit':
		"Button on a session's own page that opens the form to edit that session.",
	'lc-error-profile-unreadable':
		"Shown when the reader's profile page ends inside an unclosed comment or extension tag, so that a profile added at the end would be invisible. Nothing was written.",
	'lc-error-no-page':
		'Shown when the session has no registration page yet (the bot creates it). The gadget never creates one. Nothing was written.',
	'lc-error-not-listed':
		'Shown when an edit was saved but the page, read again, does not show the reader in the expected state (for example a liaison edited it at the same moment).',
	'lc-summary-signup':
		"Edit summary, in the wiki's content language. $1: the session id (never its title, which anyone could write).",
	'lc-summary-cancel':
		"Edit summary, in the wiki's content language. $1: the session id (never its title, which anyone could write).",
	'lc-summary-queue':
		"Edit summary of the reader's ticket in the queue of a registration page, in the wiki's content language. $1: the session id.",
	'lc-summary-join':
		"Edit summary of the profile page, in the wiki's content language.",
	'lc-options': 'Label of the disclosure with the sign-up options.',
	'lc-interpretation-choice':
		'Label of the list of interpretation languages to ask for.',
	'lc-interpretation-none': 'Choice: no interpretation needed.',
	'lc-remind-me':
		'Checkbox: the bot leaves a reminder on the talk page before the session.',
	'lc-view-agenda': 'Button that shows the sessions as a list.',
	'lc-view-month': 'Button that shows the sessions on a month grid.',
	'lc-month-previous': 'Button label (icon-like) for the month before.',
	'lc-month-next': 'Button label for the month after.',
	'lc-filter-type': 'Label of the filter by kind of session.',
	'lc-filter-audience': 'Label of the filter by audience.',
	'lc-filter-language':
		'Label of the filter by language (spoken or interpreted).',
	'lc-filter-topic': 'Label of the filter by topic.',
	'lc-filter-hub':
		"Label of the filter by hub (a community running Let's Connect under its own page, in its language) on the combined calendar of all hubs.",
	'lc-filter-all': 'Filter choice that shows everything.',
	'lc-type-clinic': 'Kind of session: a two-hour workshop.',
	'lc-type-connectathon': 'Kind of session: a one-hour social meeting.',
	'lc-type-workshop': 'Kind of session: a workshop at a conference.',
	'lc-audience-newcomers': 'Audience: people new to Wikimedia organising.',
	'lc-audience-organisers': 'Audience: experienced organisers.',
	'lc-no-match': 'Shown when the filters hide every session.',
	'lc-month-elsewhere':
		'In the month grid of a calendar split by month, when the month shown has no session on this page: followed by a link to the page of that month.',
	'lc-clear-filters': 'Button that resets the filters.',
	'lc-add-calendar': 'Link that downloads an iCalendar file of one session.',
	'lc-add-google': 'Link that adds the session to Google Calendar.',
	'lc-add-all':
		'Button that downloads an iCalendar file of all sessions shown.',
	'lc-join': 'Button that opens the form to join the programme.',
	'lc-attendance-take':
		"Button on the registration page of a session that has ended, for its sharers and the programme's liaisons: opens a checklist to mark who came.",
	'lc-join-edit':
		'Button that opens the profile form for a reader who has joined already.',
	'lc-registration-opens':
		'Shown on a session whose registration page the bot has not made yet.',
	'lc-join-login': 'Link for readers who are not logged in.',
	'lc-signup-temporary':
		'Link shown instead of the sign-up button to a reader with a temporary account; it leads to the account creation page and back.',
	'lc-join-temporary':
		'Link shown instead of the join button to a reader with a temporary account; it leads to the account creation page.',
	'lc-temporary-hint':
		'Tooltip of the create-account links for readers with a temporary account: why a temporary account cannot sign up.',
	'lc-error-temporary-account':
		'Shown when a temporary account tries to sign up (the gadget normally offers them a create-account link instead).',
	'lc-error-captcha':
		'Shown when the wiki answered the edit with a CAPTCHA to solve (ConfirmEdit). Nothing was saved.',
	'lc-error-held':
		'Shown when the wiki answered the edit without saving it and without an error (an edit filter or another extension held it). $1: what the wiki answered.',
};
