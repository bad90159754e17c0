// What on a page calls for the gadget: a session's card, an empty list a liaison may fill, a
// place that invites to join, or the attendance of a session that has ended. The loader and the
// gadget look for the same things.
export const GADGET_PLACES =
	'[data-lc-session], [data-lc-empty-root], [data-lc-join-root], [data-lc-attendance]';
