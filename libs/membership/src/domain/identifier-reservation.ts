import { DuplicateRecord } from '#accord/kernel';
import type { LocalizedText } from './member-application.js';
import type { MemberStatus } from './member.state.js';
import type { IdentifierKey } from './national-identifier.js';

/**
 * The statuses of a record that has left the register for good: its organization may apply again,
 * as a new record that links to this one.
 */
export const ENDED_STATUSES: readonly MemberStatus[] = ['rejected', 'expelled', 'withdrawn'];

/** The record that holds one key of an identifier, as its stream in the ledger stands. */
export interface IdentifierHolder {
  readonly key: IdentifierKey;
  readonly memberId: string;
  /** `none` for a reservation whose record was never written (a crash between reserving and recording). */
  readonly status: MemberStatus;
  readonly name: LocalizedText | null;
}

/** What the holders of an identifier's keys leave to a newcomer. */
export interface IdentifierClearance {
  /** The live record that already holds the identifier (a founder is admitted on it); `null` when none. */
  readonly liveMemberId: string | null;
  /** The last ended record of the organization, which a new application links to; `null` when none. */
  readonly previousMemberId: string | null;
}

const isLive = (holder: IdentifierHolder): boolean => holder.status !== 'none' && !ENDED_STATUSES.includes(holder.status);

function identifierTaken(holder: IdentifierHolder): DuplicateRecord {
  const { key, memberId, name } = holder;
  const organization = name?.ru ?? memberId;
  return new DuplicateRecord(
    'DUPLICATE_NATIONAL_IDENTIFIER',
    {
      ru: `${key.label.ru} ${key.value} уже принадлежит организации «${organization}» в реестре (запись ${memberId})`,
      en: `${key.label.en} ${key.value} already belongs to “${name?.en ?? organization}” on the register (record ${memberId})`,
    },
    { identifier: key.label.en, value: key.value, identifierKey: key.key, memberId, organization: name },
  );
}

/**
 * The register's rule of one live record per identifier: every key of an identifier (ОГРН and ИНН…)
 * belongs to at most one record that is applied, admitted or suspended. `holders` lists the primary
 * key's holder first. A record that ended (rejected, expelled, withdrawn) gives its keys up to the
 * organization's next application, which links to it; a reservation without a record is free.
 *
 * With `admitOnLive` (a founder), one live holder is the record to admit on; two different live
 * holders mean the identifier names two organizations, which is refused as for an application.
 * @throws DuplicateRecord DUPLICATE_NATIONAL_IDENTIFIER naming the key and the record that holds it
 */
export function clearIdentifier(holders: readonly IdentifierHolder[], options: { readonly admitOnLive?: boolean } = {}): IdentifierClearance {
  const live = holders.filter(isLive);
  if (live.length > 0 && !options.admitOnLive) throw identifierTaken(live[0]);
  const another = live.find((holder) => holder.memberId !== live[0].memberId);
  if (another) throw identifierTaken(another);
  const ended = holders.find((holder) => ENDED_STATUSES.includes(holder.status));
  return { liveMemberId: live[0]?.memberId ?? null, previousMemberId: ended?.memberId ?? null };
}
