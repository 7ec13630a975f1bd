import type { Migration } from '#accord/postgres';

/**
 * The appeals read model: one row per appeal (its stage, its correspondence particulars and the
 * dates of its deadline assessment) and its timeline, one row per event with who caused it and why.
 */
export const appealsReadMigrations: readonly Migration[] = [
  {
    id: '0610-appeals-read',
    sql: `
CREATE TABLE read.appeals (
  id uuid PRIMARY KEY,
  stage text NOT NULL,
  addressee_id uuid NOT NULL,
  holder_id uuid NOT NULL,
  subject_ru text NOT NULL,
  subject_en text,
  search_text text NOT NULL,
  resolution_id uuid,
  follow_up_of uuid,
  follow_up_ids jsonb NOT NULL,
  signatory jsonb,
  outgoing_number text,
  outgoing_sort text,
  dispatched_on date,
  channel text,
  registered_on date,
  incoming_number text,
  forwarded_count integer NOT NULL,
  last_forwarded_on date,
  answered_on date,
  outcome text,
  answer_reference text,
  closed boolean NOT NULL,
  policy_id text,
  registration_due_on date,
  period_starts_on date,
  due_on date,
  due_on_basis text,
  is_estimate boolean NOT NULL,
  estimate_reasons jsonb NOT NULL,
  due_soon_from date,
  very_overdue_from date,
  answered_late boolean,
  closed_unanswered boolean NOT NULL,
  reminders jsonb NOT NULL,
  deadline_events jsonb NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX ON read.appeals (created_at, id);
CREATE INDEX ON read.appeals (stage);
CREATE INDEX ON read.appeals (holder_id);
CREATE INDEX ON read.appeals (addressee_id);
CREATE INDEX ON read.appeals (due_on);
CREATE INDEX ON read.appeals (dispatched_on, outgoing_sort, id);

CREATE TABLE read.appeal_timeline (
  appeal_id uuid NOT NULL,
  version integer NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor_id text NOT NULL,
  on_behalf_of text,
  correlation_id text NOT NULL,
  causation_id text,
  commit_position bigint NOT NULL,
  sequence_position bigint NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (appeal_id, version)
);
`,
  },
];
