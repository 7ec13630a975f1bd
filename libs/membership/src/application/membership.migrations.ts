import type { Migration } from '#accord/postgres';

/**
 * `membership.identifier_keys` is not a read model: it reserves each national identifier for one
 * member record before the record is written, because a decider sees only its own stream.
 * `read.members` is the register, projected from the member streams.
 */
export const membershipMigrations: readonly Migration[] = [
  {
    id: '0300-membership',
    sql: `
CREATE SCHEMA membership;

CREATE TABLE membership.identifier_keys (
  key text PRIMARY KEY,
  member_id uuid NOT NULL,
  reserved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON membership.identifier_keys (member_id);

CREATE TABLE read.members (
  id uuid PRIMARY KEY,
  name_ru text NOT NULL,
  name_en text,
  search_text text NOT NULL,
  country text NOT NULL,
  category text NOT NULL,
  legal_form jsonb NOT NULL,
  national_identifier jsonb NOT NULL,
  identifier_key text NOT NULL,
  contacts jsonb NOT NULL,
  representatives jsonb NOT NULL,
  status text NOT NULL,
  membership text,
  admission jsonb,
  status_history jsonb NOT NULL,
  applied_at timestamptz NOT NULL,
  admitted_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.members (name_ru, id);
CREATE INDEX ON read.members (status);
CREATE INDEX ON read.members (country, category, status);
`,
  },
];
