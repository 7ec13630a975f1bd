import type { Migration } from '#accord/postgres';

/**
 * The appeals read model: one row per appeal (its stage, its correspondence particulars and the
 * dates of its deadline assessment) and its timeline, one row per event with who caused it and why;
 * and the dashboard's counts of appeals.
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
  {
    // The appeals dashboard's figures kept by the projection (see appeal-counts.ts): one row per
    // body, stage and what the dashboard tells of an appeal, with the number of appeals that share
    // it, filled here from the appeals already read; and the appeals waiting for an answer indexed
    // by due date, for the dashboard's lists of the earliest due.
    id: '0611-appeal-counts',
    sql: `
CREATE TABLE read.appeal_counts (
  holder_id uuid NOT NULL,
  stage text NOT NULL,
  dispatched boolean NOT NULL,
  closed boolean NOT NULL,
  answered boolean NOT NULL,
  answered_late boolean NOT NULL,
  settled_status text,
  due_soon_from date,
  due_on date,
  very_overdue_from date,
  days_to_answer integer,
  count integer NOT NULL
);
CREATE UNIQUE INDEX appeal_counts_key ON read.appeal_counts
  (holder_id, stage, dispatched, closed, answered, answered_late, settled_status, due_soon_from, due_on, very_overdue_from, days_to_answer) NULLS NOT DISTINCT;
INSERT INTO read.appeal_counts
SELECT holder_id, stage, dispatched_on IS NOT NULL, closed, answered_on IS NOT NULL, COALESCE(answered_late, false), settled_status,
       CASE WHEN settled_status IS NULL THEN due_soon_from END, CASE WHEN settled_status IS NULL THEN due_on END,
       CASE WHEN settled_status IS NULL THEN very_overdue_from END, answered_on - dispatched_on, count(*)
  FROM (SELECT appeal.*,
               CASE WHEN answered_on IS NOT NULL THEN (CASE WHEN answered_late THEN 'answered_late' ELSE 'answered_on_time' END)
                    WHEN closed_unanswered THEN 'closed_unanswered'
                    WHEN policy_id IS NULL THEN 'not_dispatched'
                    WHEN due_on IS NULL OR due_soon_from IS NULL OR very_overdue_from IS NULL THEN 'not_due'
               END AS settled_status
          FROM read.appeals appeal) appeal
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
CREATE INDEX appeals_waiting_by_due_on ON read.appeals (due_on, id) WHERE answered_on IS NULL AND NOT closed_unanswered AND policy_id IS NOT NULL;
`,
  },
];
