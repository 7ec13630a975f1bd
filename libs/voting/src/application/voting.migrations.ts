import type { Migration } from '#accord/postgres';

/**
 * The resolutions read model: one row per resolution (its versions, arrangements, result and
 * consequence) and one row per organization's ballot, from which the live tally is counted.
 */
export const votingMigrations: readonly Migration[] = [
  {
    id: '0500-voting',
    sql: `
CREATE TABLE read.resolutions (
  id uuid PRIMARY KEY,
  status text NOT NULL,
  body jsonb NOT NULL,
  body_kind text NOT NULL,
  working_group_id text,
  title jsonb NOT NULL,
  text jsonb NOT NULL,
  text_version integer NOT NULL,
  versions jsonb NOT NULL,
  rule text NOT NULL,
  quorum jsonb NOT NULL,
  motion jsonb,
  voting jsonb,
  result jsonb,
  consequence jsonb,
  withdrawal jsonb,
  drafted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.resolutions (drafted_at, id);
CREATE INDEX ON read.resolutions (status);
CREATE INDEX ON read.resolutions (body_kind, working_group_id);

CREATE TABLE read.resolution_ballots (
  resolution_id uuid NOT NULL,
  organization_id text NOT NULL,
  choice text NOT NULL,
  record_against boolean NOT NULL,
  cast_by text NOT NULL,
  on_behalf_of text,
  proxy jsonb,
  cast_at timestamptz NOT NULL,
  event_id uuid NOT NULL,
  history jsonb NOT NULL,
  version integer NOT NULL,
  PRIMARY KEY (resolution_id, organization_id)
);
`,
  },
];
