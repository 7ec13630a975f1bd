import type { Migration } from '#accord/postgres';

/**
 * The resolutions read model: one row per resolution (its versions, arrangements, result and
 * consequence) and one row per organization's ballot, from which the live tally is counted;
 * and the powers of attorney read model, one row per power.
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
  {
    id: '0501-powers-of-attorney',
    sql: `
CREATE TABLE read.powers_of_attorney (
  id uuid PRIMARY KEY,
  principal_organization_id text NOT NULL,
  proxy_organization_id text NOT NULL,
  document_sha256 text NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_until timestamptz NOT NULL,
  scope jsonb NOT NULL,
  status text NOT NULL,
  revoked_at timestamptz,
  revocation_reason jsonb,
  granted_by text NOT NULL,
  revoked_by text,
  granted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.powers_of_attorney (granted_at, id);
CREATE INDEX ON read.powers_of_attorney (principal_organization_id);
CREATE INDEX ON read.powers_of_attorney (proxy_organization_id);
`,
  },
  {
    // The decisions register filters on the closing moment, the outcome and the kind of motion;
    // a member organization's voting record reads its ballots by organization.
    // Rows written before this migration are filled here from what they already hold; running
    // `accord rebuild resolutions` fills them from the ledger just the same.
    id: '0502-resolution-decisions',
    sql: `
ALTER TABLE read.resolutions ADD COLUMN motion_kind text NOT NULL DEFAULT 'none';
ALTER TABLE read.resolutions ADD COLUMN closed_at timestamptz;
ALTER TABLE read.resolutions ADD COLUMN outcome text;
UPDATE read.resolutions
   SET motion_kind = COALESCE(motion->>'kind', 'none'),
       closed_at = (result->>'closedAt')::timestamptz,
       outcome = result->>'outcome';
CREATE INDEX ON read.resolutions (outcome, closed_at, id);
CREATE INDEX ON read.resolution_ballots (organization_id);
`,
  },
  {
    // A power of attorney that a party's suspension, expulsion or withdrawal ended. Rows of powers
    // granted before this migration have no such end yet: nothing to fill.
    id: '0503-power-of-attorney-ends',
    sql: `
ALTER TABLE read.powers_of_attorney ADD COLUMN ended_at timestamptz;
ALTER TABLE read.powers_of_attorney ADD COLUMN end_cause jsonb;
`,
  },
];
