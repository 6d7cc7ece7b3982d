/**
 * What the item page shows before someone asks for everything: with every
 * delegation on an item, the full lists are hundreds of long texts, and the
 * page (and every save, which answers with it) would render them all.
 */
export const SHARES_SHOWN = 20
export const COMMENTS_SHOWN = 30
