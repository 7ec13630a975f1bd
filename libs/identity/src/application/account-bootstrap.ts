import type { CredentialStore } from './credential-store.js';
import type { IdentityService, NewAccount } from './identity.service.js';

/** The organization the demo representative acts for; the demo member register uses the same id. */
export const DEMO_ORGANIZATION_ID = 'd3e0a1c2-0000-4000-8000-000000000001';

/** One demo account per role. The passwords are public: `--demo` is for trying Accord out, never for production. */
export const DEMO_ACCOUNTS: readonly NewAccount[] = [
  { name: 'Demo Administrator', email: 'admin@demo.accord.example', password: 'demo-admin-2026', roles: ['admin'], organizationId: null },
  { name: 'Секретариат (демо)', email: 'secretariat@demo.accord.example', password: 'demo-secretariat-2026', roles: ['secretariat'], organizationId: null },
  { name: 'Представитель (демо)', email: 'representative@demo.accord.example', password: 'demo-representative-2026', roles: ['representative'], organizationId: DEMO_ORGANIZATION_ID },
  { name: 'Комитет (демо)', email: 'committee@demo.accord.example', password: 'demo-committee-2026', roles: ['committee'], organizationId: null },
  { name: 'Ревизор (демо)', email: 'auditor@demo.accord.example', password: 'demo-auditor-2026', roles: ['auditor'], organizationId: null },
];

/** Creates the accounts that do not exist yet (by e-mail); returns the e-mails it created. */
export async function ensureAccounts(
  identity: IdentityService,
  credentials: CredentialStore,
  accounts: readonly NewAccount[],
): Promise<string[]> {
  const created: string[] = [];
  for (const account of accounts) {
    if (await credentials.byEmail(account.email)) continue;
    await identity.register(account);
    created.push(account.email);
  }
  return created;
}

