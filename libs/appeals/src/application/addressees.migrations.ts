import type { Migration } from '#accord/postgres';

/**
 * The register of addressees: the bodies the Association writes to, each with the jurisdiction
 * policy its answers are due under (what an appeal takes on dispatch).
 */
export const addresseesMigrations: readonly Migration[] = [
  {
    id: '0600-addressees',
    sql: `
CREATE TABLE read.addressees (
  id uuid PRIMARY KEY,
  name_ru text NOT NULL,
  name_en text,
  search_text text NOT NULL,
  country text NOT NULL,
  kind text NOT NULL,
  policy_id text NOT NULL,
  retired boolean NOT NULL,
  retirement_reason jsonb,
  registered_at timestamptz NOT NULL,
  retired_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.addressees (name_ru, id);
CREATE INDEX ON read.addressees (country, kind);
CREATE INDEX ON read.addressees (policy_id);
`,
  },
];
