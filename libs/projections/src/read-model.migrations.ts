import type { Migration } from '#accord/postgres';

/**
 * Schema `read` holds the read models. Their tables carry no foreign keys and their indexes keep
 * PostgreSQL's default names, so that a rebuilt copy (CREATE TABLE … LIKE … INCLUDING ALL) can
 * replace a live table with the same names.
 */
export const readModelMigrations: readonly Migration[] = [
  {
    id: '0002-read-models',
    sql: `
CREATE SCHEMA read;

CREATE TABLE read.projection_checkpoints (
  projection text PRIMARY KEY,
  commit_position bigint NOT NULL,
  sequence_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];

/** The search path of every read-model connection: unqualified table names mean the live tables. */
export const READ_MODEL_SEARCH_PATH = 'read, public';
