import type { Migration } from '#accord/postgres';

/**
 * The working groups read model: groups, who sits in them (also what the departures process asks
 * when an organization leaves the register) and deliverables (what the committee's overdue list reads).
 */
export const workingGroupsMigrations: readonly Migration[] = [
  {
    id: '0400-working-groups',
    sql: `
CREATE TABLE read.working_groups (
  id uuid PRIMARY KEY,
  name_ru text NOT NULL,
  name_en text,
  search_text text NOT NULL,
  mandate jsonb NOT NULL,
  chair_id uuid,
  status text NOT NULL,
  established_by jsonb NOT NULL,
  established_at timestamptz NOT NULL,
  dissolution jsonb,
  dissolved_at timestamptz,
  meetings jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.working_groups (name_ru, id);
CREATE INDEX ON read.working_groups (status);

CREATE TABLE read.working_group_members (
  group_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  joined_at timestamptz NOT NULL,
  joined_commit bigint NOT NULL,
  joined_sequence bigint NOT NULL,
  PRIMARY KEY (group_id, organization_id)
);
CREATE INDEX ON read.working_group_members (organization_id);

CREATE TABLE read.working_group_deliverables (
  group_id uuid NOT NULL,
  deliverable_id text NOT NULL,
  title_ru text NOT NULL,
  title_en text,
  due_date date NOT NULL,
  delivered_on date,
  document_sha256 text,
  PRIMARY KEY (group_id, deliverable_id)
);
CREATE INDEX ON read.working_group_deliverables (due_date) WHERE delivered_on IS NULL;
`,
  },
];
