import { unreachable } from '#accord/kernel';
import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import { searchable } from '#accord/platform';
import { foldRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { AddresseeDetails, AddresseeEvent, AddresseeKind } from '../domain/addressee/addressee.events.js';
import type { LocalizedText } from '../domain/appeal/appeal.events.js';

@Entity({ name: 'addressees' })
export class AddresseeRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'name_ru' })
  nameRu: string;

  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  /** Both names as `searchable` gives them, for a search that ignores case and ё in any collation. */
  @Column({ type: 'text', name: 'search_text' })
  searchText: string;

  /** ISO 3166-1 alpha-2, or `interstate`. */
  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text' })
  kind: AddresseeKind;

  @Column({ type: 'text', name: 'policy_id' })
  policyId: string;

  @Column({ type: 'boolean' })
  retired: boolean;

  @Column({ type: 'jsonb', name: 'retirement_reason', nullable: true })
  retirementReason: LocalizedText | null;

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt: Date;

  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

const ADDRESSEE_EVENTS: readonly AddresseeEvent['type'][] = ['AddresseeRegistered', 'AddresseeRevised', 'AddresseeRetired'];

const addresseeIdOf = (event: Pick<RecordedEvent, 'streamId'>) => event.streamId.slice('addressee-'.length);

const particulars = ({ name, country, kind, policyId }: AddresseeDetails): Pick<AddresseeRow, 'nameRu' | 'nameEn' | 'searchText' | 'country' | 'kind' | 'policyId'> => ({
  nameRu: name.ru,
  nameEn: name.en,
  searchText: searchable(`${name.ru}\n${name.en ?? ''}`),
  country,
  kind,
  policyId,
});

function changesOf(event: Exclude<AddresseeEvent, { type: 'AddresseeRegistered' }>, recorded: RecordedEvent): Partial<AddresseeRow> {
  switch (event.type) {
    case 'AddresseeRevised':
      return particulars(event.data);
    case 'AddresseeRetired':
      return { retired: true, retirementReason: event.data.reason, retiredAt: recorded.recordedAt };
    default:
      return unreachable(event);
  }
}

function evolve(row: AddresseeRow | undefined, recorded: RecordedOf<AddresseeEvent>, id: string): AddresseeRow | undefined {
  const event = recorded;
  if (event.type === 'AddresseeRegistered') {
    return {
      id,
      ...particulars(event.data),
      retired: false,
      retirementReason: null,
      registeredAt: recorded.recordedAt,
      retiredAt: null,
      updatedAt: recorded.recordedAt,
      version: recorded.version,
    };
  }
  return row && { ...row, ...changesOf(event, recorded), updatedAt: recorded.recordedAt, version: recorded.version };
}

/**
 * The register of addressees, applied in sets (`foldRows`). Each row keeps the version of the last
 * event applied, so an event seen again (a replayed batch) changes nothing.
 */
export const addresseesProjection: Projection = {
  name: 'addressees',
  tables: ['addressees'],
  eventTypes: ADDRESSEE_EVENTS,
  async apply(events: readonly RecordedOf<AddresseeEvent>[], manager: EntityManager) {
    const { changed } = await foldRows(manager, AddresseeRow, events, addresseeIdOf, evolve);
    await upsertRows(manager, AddresseeRow, changed, ['id']);
  },
} satisfies Projection<AddresseeEvent>;
