import type { components } from '../api/schema';

export type MemberStatus = components['schemas']['MemberCard']['status'];
export type MemberCategory = components['schemas']['MemberCard']['category'];
type StatisticsCount = components['schemas']['MemberStatisticsCount'];

export const MEMBER_STATUSES = ['applied', 'admitted', 'suspended', 'rejected', 'expelled', 'withdrawn'] as const satisfies readonly MemberStatus[];
export const MEMBER_CATEGORIES = [
  'staffing_agency',
  'private_employment_agency',
  'employers_association',
  'educational_organization',
  'qualifications_council',
  'research_expert_body',
  'other_ngo',
] as const satisfies readonly MemberCategory[];

export type MemberAct =
  | 'admission'
  | 'rejection'
  | 'suspension'
  | 'reinstatement'
  | 'expulsion'
  | 'withdrawal'
  | 'representative'
  | 'representativeRemoval'
  | 'details';

/** Acts on the record of any organization on the register (applied, admitted or suspended). */
const ON_REGISTER: readonly MemberAct[] = ['representative', 'representativeRemoval', 'details'];

/** The acts the register's rules allow on a record in each status (libs/membership, member.decide). */
const ACTS: Record<MemberStatus, readonly MemberAct[]> = {
  applied: ['admission', 'rejection', ...ON_REGISTER],
  admitted: ['suspension', 'expulsion', 'withdrawal', ...ON_REGISTER],
  suspended: ['reinstatement', 'expulsion', 'withdrawal', ...ON_REGISTER],
  rejected: [],
  expelled: [],
  withdrawn: [],
};

export const actsFor = (status: MemberStatus): readonly MemberAct[] => ACTS[status];

/** The named parts of national identifiers; a scheme's other parts show under their own key. */
export const IDENTIFIER_PARTS = ['ogrn', 'inn', 'bin', 'stir', 'registryId'] as const;
export const isIdentifierPart = (key: string): key is (typeof IDENTIFIER_PARTS)[number] => (IDENTIFIER_PARTS as readonly string[]).includes(key);

/** The parts of a national identifier the API asks for in each country; a registry number elsewhere. */
export function identifierKeys(country: string): readonly (typeof IDENTIFIER_PARTS)[number][] {
  switch (country.trim().toUpperCase()) {
    case 'RU':
      return ['ogrn', 'inn'];
    case 'KZ':
      return ['bin'];
    case 'UZ':
      return ['stir'];
    case 'KG':
    case 'TJ':
      return ['inn'];
    default:
      return ['registryId'];
  }
}

/** The statistics' counts (country × category × status) summed along one of them, the largest first. */
export function countsBy<K extends 'country' | 'category' | 'status'>(counts: readonly StatisticsCount[], key: K): { value: StatisticsCount[K]; count: number }[] {
  const totals = new Map<StatisticsCount[K], number>();
  for (const entry of counts) totals.set(entry[key], (totals.get(entry[key]) ?? 0) + entry.count);
  return [...totals].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
}
