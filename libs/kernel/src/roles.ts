import type { BilingualText } from './bilingual-text.js';

/**
 * What a person may do: `admin` accounts and configuration; `secretariat` founding, register,
 * working groups, appeals and running votes; `representative` acts and votes for its own
 * organization only; `committee` reads its bodies' dashboards; `auditor` reads everything, changes nothing.
 */
export const ROLES = ['admin', 'secretariat', 'representative', 'committee', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, BilingualText>> = {
  admin: { ru: 'Администратор', en: 'Administrator' },
  secretariat: { ru: 'Секретариат', en: 'Secretariat' },
  representative: { ru: 'Уполномоченный представитель', en: 'Authorized representative' },
  committee: { ru: 'Комитет', en: 'Committee' },
  auditor: { ru: 'Ревизор', en: 'Auditor' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
