// Names the gadget and the bot agree on (ARCHITECTURE.md, where each rule lives).

export const DEFAULT_ROOT = 'Grants:Knowledge Sharing/Connect';
/** Roots the gadget will write registrations under; a card naming another root is not trusted. */
export const KNOWN_ROOTS = [DEFAULT_ROOT];
export const UPCOMING_TEMPLATE_PAGE = "Template:Let's Connect/Upcoming";
export const UPCOMING_REGION = 'upcoming';
