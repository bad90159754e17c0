// Names the gadget and the bot agree on (DESIGN.md §3).

export const DEFAULT_ROOT = 'Grants:Knowledge Sharing/Connect';
export const UPCOMING_TEMPLATE_PAGE = "Template:Let's Connect/Upcoming";
export const UPCOMING_REGION = 'upcoming';
/** How many sessions the Upcoming template lists. */
export const UPCOMING_LIMIT = 8;
