/**
 * How many ticked rows one export may name. The ids travel in the address of a GET (an export changes
 * nothing), and 200 of them stay well inside what browsers and the server accept.
 */
export const MAX_SELECTED = 200;
