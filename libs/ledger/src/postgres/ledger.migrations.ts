import type { Migration } from '#accord/postgres';

/**
 * The ledger's tables. `events` is ordered globally by (transaction_id, sequence): readers only
 * read below the oldest running transaction, so an event that commits late can never be skipped.
 * `transaction_id` is the writer's transaction id plus `clock.xid_offset`, which moves forward when
 * the ledger is restored into a cluster whose transaction counter is behind the stored history.
 * `global_chain` links every event in that order, written behind the appends by the sealer.
 */
export const ledgerMigrations: readonly Migration[] = [
  {
    id: '0001-ledger',
    sql: `
CREATE SCHEMA ledger;

CREATE TABLE ledger.clock (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  xid_offset bigint NOT NULL
);
INSERT INTO ledger.clock (xid_offset) VALUES (0);

CREATE TABLE ledger.events (
  transaction_id bigint NOT NULL,
  sequence bigint GENERATED ALWAYS AS IDENTITY,
  event_id uuid NOT NULL,
  stream_id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  type text NOT NULL,
  schema_version integer NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  content_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (transaction_id, sequence),
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, version),
  CONSTRAINT events_event_id_key UNIQUE (event_id)
);

CREATE TABLE ledger.global_chain (
  ordinal bigint PRIMARY KEY,
  transaction_id bigint NOT NULL,
  sequence bigint NOT NULL,
  event_id uuid NOT NULL,
  stream_id text NOT NULL,
  version integer NOT NULL,
  hash bytea NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);

-- The ledger is append-only: mistakes are corrected by new events, never by editing old ones.
CREATE FUNCTION ledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ledger.events
  FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ledger.events
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER global_chain_append_only BEFORE UPDATE OR DELETE ON ledger.global_chain
  FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER global_chain_no_truncate BEFORE TRUNCATE ON ledger.global_chain
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();
`,
  },
  {
    // Signed appends and signed seals (ADR 0020). The signature of an append sits on its last event;
    // each seal signs a range of the global chain. The key itself is never stored here.
    id: '0003-ledger-signatures',
    sql: `
ALTER TABLE ledger.events ADD COLUMN append_signature bytea;

CREATE TABLE ledger.seals (
  last_ordinal bigint PRIMARY KEY,
  first_ordinal bigint NOT NULL,
  chain_hash bytea NOT NULL,
  sealed_at timestamptz NOT NULL,
  key_fingerprint text NOT NULL,
  signature bytea NOT NULL
);
CREATE INDEX global_chain_event_id ON ledger.global_chain (event_id);

CREATE TRIGGER seals_append_only BEFORE UPDATE OR DELETE ON ledger.seals
  FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER seals_no_truncate BEFORE TRUNCATE ON ledger.seals
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();

-- The legal date of an event: its own past-tense date field (dispatchedOn, closedAt, ...) when it has
-- one, the day it was recorded otherwise. Auditors filter the log by it.
CREATE FUNCTION ledger.legal_date(data jsonb, recorded_at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT left(value #>> '{}', 10)::date FROM jsonb_each(data)
      WHERE key ~ 'ed(On|At)$' AND jsonb_typeof(value) = 'string' AND value #>> '{}' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
      ORDER BY key LIMIT 1),
    (recorded_at AT TIME ZONE 'UTC')::date)
$$;
`,
  },
];
