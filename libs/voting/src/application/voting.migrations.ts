import type { Migration } from '#accord/postgres';

/**
 * The resolutions read model: one row per resolution (its versions, arrangements, result and
 * consequence), one row per organization's ballot and per event of its history, and one row of
 * figures per vote, which the live tally reads; and the powers of attorney read model, one row per power.
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
  {
    // Each ballot's history in rows of its own, appended once, and each vote's figures in one row
    // that every counted ballot moves: neither grows with the changes of a ballot. Both are filled
    // here from what the ballot rows and resolutions already hold (the history array held one entry
    // per version of the ballot's stream, from the first); `accord rebuild resolutions` fills them
    // from the ledger just the same.
    id: '0504-ballot-history-and-tallies',
    sql: `
CREATE TABLE read.resolution_ballot_history (
  resolution_id uuid NOT NULL,
  organization_id text NOT NULL,
  version integer NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  choice text NOT NULL,
  previous_choice text,
  record_against boolean NOT NULL,
  actor_id text NOT NULL,
  on_behalf_of text,
  proxy jsonb,
  cast_at text NOT NULL,
  PRIMARY KEY (resolution_id, organization_id, version)
);
INSERT INTO read.resolution_ballot_history
SELECT ballot.resolution_id, ballot.organization_id, entry.version::int, (entry.value->>'eventId')::uuid, entry.value->>'type',
       entry.value->>'choice', entry.value->>'previousChoice', (entry.value->>'recordAgainst')::boolean, entry.value->>'actorId',
       entry.value->>'onBehalfOf', NULLIF(entry.value->'proxy', 'null'::jsonb), entry.value->>'castAt'
  FROM read.resolution_ballots ballot
 CROSS JOIN LATERAL jsonb_array_elements(ballot.history) WITH ORDINALITY AS entry(value, version);
ALTER TABLE read.resolution_ballots DROP COLUMN history;

CREATE TABLE read.resolution_tallies (
  resolution_id uuid PRIMARY KEY,
  status text NOT NULL,
  closes_at text NOT NULL,
  rule text NOT NULL,
  quorum jsonb NOT NULL,
  electorate_size integer NOT NULL,
  participants integer NOT NULL,
  for_count integer NOT NULL,
  against_count integer NOT NULL,
  abstain_count integer NOT NULL,
  revision integer NOT NULL
);
INSERT INTO read.resolution_tallies
SELECT resolution.id, resolution.status, resolution.voting->>'closesAt', resolution.voting->>'rule', resolution.voting->'quorum',
       COALESCE((resolution.result->>'electorateSize')::int, electorate.size),
       COALESCE((resolution.result->>'participants')::int, counted.participants),
       COALESCE((resolution.result->>'for')::int, counted.for_count),
       COALESCE((resolution.result->>'against')::int, counted.against_count),
       COALESCE((resolution.result->>'abstain')::int, counted.abstain_count),
       1
  FROM read.resolutions resolution
 CROSS JOIN LATERAL (SELECT count(DISTINCT member)::int AS size FROM jsonb_array_elements_text(resolution.voting->'electorate') AS member) electorate
 CROSS JOIN LATERAL (
       SELECT count(*)::int AS participants, (count(*) FILTER (WHERE ballot.choice = 'for'))::int AS for_count,
              (count(*) FILTER (WHERE ballot.choice = 'against'))::int AS against_count, (count(*) FILTER (WHERE ballot.choice = 'abstain'))::int AS abstain_count
         FROM read.resolution_ballots ballot
        WHERE ballot.resolution_id = resolution.id AND resolution.voting->'electorate' ? ballot.organization_id) counted
 WHERE resolution.voting IS NOT NULL;
`,
  },
  {
    // The electorate of each vote in rows of its own, so that a batch of ballots looks up its own
    // organizations instead of reading every resolution's whole electorate. Filled here from the
    // resolutions already read; `accord rebuild resolutions` fills it from the ledger just the same.
    id: '0505-resolution-electorates',
    sql: `
CREATE TABLE read.resolution_electorates (
  resolution_id uuid NOT NULL,
  organization_id text NOT NULL,
  PRIMARY KEY (resolution_id, organization_id)
);
INSERT INTO read.resolution_electorates
SELECT DISTINCT resolution.id, member.organization_id
  FROM read.resolutions resolution
 CROSS JOIN LATERAL jsonb_array_elements_text(resolution.voting->'electorate') AS member(organization_id)
 WHERE resolution.voting IS NOT NULL;
`,
  },
];
