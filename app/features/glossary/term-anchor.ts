/** A glossary entry's element id is this prefix and the term's id, so `#term-tracking-label` opens its entry. */
export const TERM_ANCHOR_PREFIX = "term-";
