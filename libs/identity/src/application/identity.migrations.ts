import type { Migration } from '#accord/postgres';

/**
 * Secrets live beside the ledger, never in it: password hashes, refresh and API token hashes,
 * and the sign-in log used for rate limiting. Account facts are events; `read.accounts` projects them.
 */
export const identityMigrations: readonly Migration[] = [
  {
    id: '0100-identity',
    sql: `
CREATE SCHEMA identity;

CREATE TABLE identity.credentials (
  account_id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity.refresh_tokens (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL,
  account_id uuid NOT NULL,
  secret_hash bytea NOT NULL,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX ON identity.refresh_tokens (family_id);
CREATE INDEX ON identity.refresh_tokens (account_id);

CREATE TABLE identity.api_tokens (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  name text NOT NULL,
  secret_hash bytea NOT NULL,
  roles text[] NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX ON identity.api_tokens (account_id);

CREATE TABLE identity.login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text,
  succeeded boolean NOT NULL,
  reason text,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON identity.login_attempts (email, attempted_at);
CREATE INDEX ON identity.login_attempts (ip, attempted_at);

CREATE TABLE read.accounts (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL,
  roles text[] NOT NULL,
  organization_id uuid,
  status text NOT NULL,
  api_tokens jsonb NOT NULL DEFAULT '[]',
  registered_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.accounts (email);
CREATE INDEX ON read.accounts (organization_id);
`,
  },
  {
    id: '0101-identity-sessions-and-throttle',
    sql: `
-- The epoch of the account when the sign-in began: a later epoch in the ledger refuses the token.
ALTER TABLE identity.refresh_tokens ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
CREATE INDEX ON identity.refresh_tokens (expires_at);

-- A new password's hash waits here until the ledger has recorded the change that names it.
CREATE TABLE identity.password_changes (
  change_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE identity.credentials ADD COLUMN change_id uuid;

-- Password checks per client address and e-mail (scope 'pair') and per client address ('address'),
-- counted by one row each so that concurrent checks take turns on the row.
CREATE TABLE identity.sign_in_throttle (
  scope text NOT NULL,
  key text NOT NULL,
  attempts integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  blocked_until timestamptz,
  strikes integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX ON identity.sign_in_throttle (last_attempt_at);
CREATE INDEX ON identity.login_attempts (attempted_at);
`,
  },
];
