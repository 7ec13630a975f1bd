/**
 * Text as it is stored for search and as a query is compared with it: lower case, and ё as е,
 * as Russian readers write both. Done in code so that search ignores case in any collation.
 */
export function searchable(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** A LIKE pattern that finds `query` anywhere in a searchable column, its wildcards taken literally. */
export function containsPattern(query: string): string {
  return `%${searchable(query.trim()).replace(/[%_\\]/g, '\\$&')}%`;
}
