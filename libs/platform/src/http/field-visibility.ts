import { READERS } from './access-policy.js';
import type { RequestActor } from './request-context.js';

/**
 * Which fields of an organization's data a reader sees: the one place that decides it, for every
 * read of every context (ADR 0022).
 *
 * - The reading roles (`READERS`: admin, secretariat, committee, auditor) see every field.
 * - A representative sees every field of its own organization's data, and of data that belongs
 *   to it jointly (a ballot it cast under a power of attorney).
 * - Of any other organization's data a representative sees the public fields listed here and
 *   nothing else. A field that is not listed is private: new fields start closed, as routes do.
 *
 * How others voted is public only as the charter makes it so; by default that is the roll of who
 * took part, and the named result in the minutes (Civil Code of the RF, art. 181.2 p. 4), which
 * the minutes endpoint shows to every reader.
 */
export const PUBLIC_FIELDS = {
  /** A founder's letter of intent: who founds the Association, not how to reach them or their registry data. */
  founder: [
    'letterId',
    'organization.name',
    'organization.country',
    'organization.legalForm',
    'organization.category',
    'receivedOn',
    'status',
    'withdrawnOn',
    'withdrawalReason',
    'admission.status',
    'admission.memberId',
    'admission.admittedAt',
    'admission.code',
  ],
  /** A ballot: that the organization took part, not its choice, who cast it or when it changed. */
  ballot: ['organizationId', 'name'],
  /** A ballot the closing counted: the roll of participants; the choices are in the totals. */
  countedBallot: ['organizationId'],
} as const satisfies Record<string, readonly string[]>;

export type VisibleRecord = keyof typeof PUBLIC_FIELDS;

/** True for the roles that read every record whole. */
export function readsEverything(actor: Pick<RequestActor, 'roles'>): boolean {
  return actor.roles.some((role) => READERS.includes(role));
}

/** True when the reader sees the private fields of data that belongs to these organizations. */
export function seesPrivateFields(actor: Pick<RequestActor, 'roles' | 'organizationId'>, owners: readonly (string | null | undefined)[]): boolean {
  return readsEverything(actor) || (actor.organizationId !== null && owners.includes(actor.organizationId));
}

/**
 * The record as this reader may see it: whole, or only its public fields of `kind`. `owners` are
 * the organizations the record belongs to.
 */
export function visibleTo<T extends object>(
  actor: Pick<RequestActor, 'roles' | 'organizationId'>,
  kind: VisibleRecord,
  owners: readonly (string | null | undefined)[],
  record: T,
): Partial<T> {
  return seesPrivateFields(actor, owners) ? record : (pick(record, TREES[kind]) as Partial<T>);
}

type FieldTree = { readonly [field: string]: FieldTree | true };

function treeOf(paths: readonly string[]): FieldTree {
  const below = new Map<string, string[] | true>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    const known = below.get(head);
    if (rest.length === 0 || known === true) below.set(head, true);
    else below.set(head, [...(known ?? []), rest.join('.')]);
  }
  return Object.fromEntries([...below].map(([field, rest]) => [field, rest === true ? true : treeOf(rest)]));
}

const TREES = Object.fromEntries(Object.entries(PUBLIC_FIELDS).map(([kind, paths]) => [kind, treeOf(paths)])) as Record<VisibleRecord, FieldTree>;

function pick(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, tree));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(tree)
      .filter(([field]) => field in source)
      .map(([field, below]) => [field, below === true ? source[field] : pick(source[field], below)]),
  );
}
