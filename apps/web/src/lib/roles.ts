/** The roles an Accord account may hold (libs/kernel), as the web interface routes them. */
export type Role = 'admin' | 'secretariat' | 'representative' | 'committee' | 'auditor';

/** Each role's home: the page of what needs that person now. The first role in this order wins. */
const HOMES: readonly (readonly [Role, string])[] = [
  ['secretariat', '/dashboard'],
  ['committee', '/resolutions'],
  ['representative', '/votes'],
  ['auditor', '/ledger'],
  ['admin', '/accounts'],
];

export function homeOf(roles: readonly string[]): string {
  return HOMES.find(([role]) => roles.includes(role))?.[1] ?? '/refused';
}

/** True when one of the account's roles may open a page that admits `allowed`. */
export const mayOpen = (roles: readonly string[], allowed: readonly Role[]): boolean => allowed.some((role) => roles.includes(role));
