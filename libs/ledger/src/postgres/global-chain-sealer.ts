import type { Pool, PoolClient } from 'pg';
import { GENESIS_HASH, linkHashHex } from '../hashing.js';
import { sealStatement, type LedgerSigner } from '../signing/ledger-signing.js';
import { finalOnly } from './ledger-clock.js';

// Any constant works: only one sealer in the whole cluster may extend the chain at a time.
const SEALER_LOCK = 7_301_202_605;
const BATCH = 5_000;

interface UnsealedRow {
  transaction_id: string;
  sequence: string;
  hash: Buffer;
}

/**
 * Links every event, in global order, into one chain kept beside the log. Appends stay concurrent;
 * the chain trails them by at most one interval and makes a deleted or reordered event evident
 * even when it was the last of its stream.
 */
export class GlobalChainSealer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly clockOffset: string,
    private readonly signer?: LedgerSigner,
  ) {}

  async sealPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const sealed = await this.withClient((client) => this.sealBatch(client));
      total += sealed;
      if (sealed < BATCH) return total;
    }
  }

  start(intervalMilliseconds: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.sealPending()).catch(() => undefined);
    }, intervalMilliseconds);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  private async sealBatch(client: PoolClient): Promise<number> {
    await client.query('BEGIN');
    try {
      const { rows: locked } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SEALER_LOCK,
      ]);
      if (!locked[0].locked) {
        await client.query('ROLLBACK');
        return 0;
      }
      const { rows: tail } = await client.query<{ ordinal: string; transaction_id: string; sequence: string; hash: Buffer }>(
        'SELECT ordinal, transaction_id, sequence, hash FROM ledger.global_chain ORDER BY ordinal DESC LIMIT 1',
      );
      const last = tail[0];
      const { rows } = await client.query<UnsealedRow>(
        `SELECT transaction_id, sequence, hash FROM ledger.events
         WHERE (transaction_id, sequence) > ($1::bigint, $2::bigint) AND ${finalOnly('$4')}
         ORDER BY transaction_id, sequence LIMIT $3`,
        [last?.transaction_id ?? '0', last?.sequence ?? '0', BATCH, this.clockOffset],
      );
      if (rows.length > 0) await this.insertLinks(client, rows, BigInt(last?.ordinal ?? 0), last?.hash ?? GENESIS_HASH);
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }

  private async insertLinks(client: PoolClient, rows: UnsealedRow[], lastOrdinal: bigint, lastHash: Buffer) {
    let previous = lastHash;
    // From hex into the shared pool: a digest as a buffer of its own would be one more block a link for the collector.
    const links = rows.map((row) => (previous = Buffer.from(linkHashHex(previous, row.hash), 'hex')));
    if (this.signer) await this.signSeal(client, lastOrdinal + 1n, lastOrdinal + BigInt(rows.length), previous);
    // The event's id, stream and version are taken where they are, by primary key: node sends only
    // what it computed, which keeps a batch's garbage small.
    const { rowCount } = await client.query(
      `INSERT INTO ledger.global_chain (ordinal, transaction_id, sequence, event_id, stream_id, version, hash)
       SELECT $1::bigint + u.n, e.transaction_id, e.sequence, e.event_id, e.stream_id, e.version, u.hash
       FROM unnest($2::bigint[], $3::bigint[], $4::bytea[]) WITH ORDINALITY AS u(transaction_id, sequence, hash, n)
       JOIN ledger.events e ON e.transaction_id = u.transaction_id AND e.sequence = u.sequence`,
      [lastOrdinal.toString(), rows.map((row) => row.transaction_id), rows.map((row) => row.sequence), links],
    );
    if (rowCount !== rows.length) throw new Error(`the global chain would link ${rowCount} of ${rows.length} events read for it`);
  }

  /** Signs the range just linked, in the same transaction, so no link exists without its signed seal. */
  private async signSeal(client: PoolClient, firstOrdinal: bigint, lastOrdinal: bigint, chainHash: Buffer): Promise<void> {
    const signer = this.signer!;
    const statement = { firstOrdinal, lastOrdinal, chainHash, sealedAt: new Date() };
    const signature = await signer.signAsync(sealStatement(statement));
    await client.query(
      `INSERT INTO ledger.seals (first_ordinal, last_ordinal, chain_hash, sealed_at, key_fingerprint, signature)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [firstOrdinal.toString(), lastOrdinal.toString(), chainHash, statement.sealedAt, signer.key.fingerprint, signature],
    );
  }
}
