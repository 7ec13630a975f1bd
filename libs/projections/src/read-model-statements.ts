import { isConnectionFailure } from '#accord/postgres';
import type { PoolClient, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

type Release = (error?: unknown) => void;
interface ConnectionSource {
  obtainMasterConnection(): Promise<[PoolClient, Release]>;
}

/** Beyond this many distinct statements (filters combine), the rest are planned on every run as before. */
const MOST_NAMED = 500;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MOST_NAMED) {
    name = `read_model_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a query of the read models as a named prepared statement of the connection it is given, so
 * that PostgreSQL plans it once per connection instead of on every request: a dashboard's statement
 * costs more to plan than to run. The connection comes from the data source like any other (a
 * point-in-time read included: PostgreSQL plans the statement again when the search path differs),
 * and one that lost its server goes back to the pool as broken.
 */
export async function queryReadModels<Row extends QueryResultRow>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<Row[]> {
  const [client, release] = await (dataSource.driver as unknown as ConnectionSource).obtainMasterConnection();
  try {
    const result = await client.query<Row>({ name: nameOf(text), text, values: [...values] });
    release();
    return result.rows;
  } catch (error) {
    release(isConnectionFailure(error) ? error : undefined);
    throw error;
  }
}
