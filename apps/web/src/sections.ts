import type { Role } from './lib/roles';

/** The main sections, the roles that may open each (as the API's access matrix allows) and their labels. */
export const SECTIONS = [
  { path: '/dashboard', label: 'nav.dashboard', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/resolutions', label: 'nav.resolutions', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/resolutions/decisions', label: 'nav.decisions', roles: ['secretariat', 'committee', 'auditor', 'admin', 'representative'] },
  { path: '/appeals', label: 'nav.appeals', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/appeals/journal', label: 'nav.journal', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/appeals/addressees', label: 'nav.addressees', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/votes', label: 'nav.votes', roles: ['representative'] },
  { path: '/members', label: 'nav.members', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/founding', label: 'nav.founding', roles: ['secretariat', 'committee', 'auditor', 'admin', 'representative'] },
  { path: '/working-groups', label: 'nav.workingGroups', roles: ['secretariat', 'committee', 'auditor', 'admin'] },
  { path: '/ledger', label: 'nav.ledger', roles: ['auditor', 'admin'] },
  { path: '/accounts', label: 'nav.accounts', roles: ['admin'] },
] as const satisfies readonly { path: string; label: `nav.${string}`; roles: readonly Role[] }[];
