import type { Migration } from '#accord/postgres';

/**
 * `read.founding_process` holds the one founding as a document (the decider's state plus what the
 * state forgets: withdrawal reasons, every filing and refusal, the founders' admission);
 * `read.founding_charter_drafts` the full texts of the drafts. Both are projections of the ledger.
 * `founding.founder_admission_failures` is not: it lists the founders the register could not admit
 * automatically, for the secretariat to resolve (nothing was decided, so nothing is in the ledger).
 */
export const foundingMigrations: readonly Migration[] = [
  {
    id: '0200-founding',
    sql: `
CREATE TABLE read.founding_process (
  id text PRIMARY KEY,
  stage text NOT NULL,
  state jsonb NOT NULL,
  record jsonb NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE read.founding_charter_drafts (
  number integer PRIMARY KEY,
  sha256 text NOT NULL,
  content text NOT NULL,
  recorded_at timestamptz NOT NULL
);

CREATE SCHEMA founding;

CREATE TABLE founding.founder_admission_failures (
  letter_id text PRIMARY KEY,
  member_id text NOT NULL,
  established_event_id uuid NOT NULL,
  code text NOT NULL,
  message jsonb NOT NULL,
  details jsonb,
  failed_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];
