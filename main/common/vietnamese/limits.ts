// Bounds on what the language checks read as prose, so one pasted blob cannot make a check slow:
// the page is untrusted (docs/security.md, "Bounded work").

/**
 * The longest run without white space that is still read for words. Prose never has one this
 * long; a longer run (a pasted hash, a 1 MB token) is not spelled, toned or looked up, only
 * counted. Reading it would cost more than all the rest: in Unicode mode a regular expression
 * matches a long run of letters several times slower than short words.
 */
export const MAX_TOKEN_LENGTH = 256;

/**
 * The most findings of a kind (each style rule, spelling) one check keeps, in reading order. A
 * real article has tens; a hostile text can have one per character, and building, sorting and
 * sending a million of them would cost more than the check itself.
 */
export const MAX_FINDINGS = 1000;
