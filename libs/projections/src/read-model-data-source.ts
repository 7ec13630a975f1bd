import { DataSource, type MixedList } from 'typeorm';
import { RESILIENT_POOL_OPTIONS } from '#accord/postgres';
import { READ_MODEL_SEARCH_PATH } from './read-model.migrations.js';

/**
 * The TypeORM connection of the read models. The schema is created by migrations, never by
 * `synchronize`; unqualified names resolve to the live tables through the search path.
 */
export function createReadModelDataSource(
  url: string,
  entities: MixedList<string | (new () => unknown)>,
  poolSize = 10,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: entities as MixedList<string>,
    synchronize: false,
    migrationsRun: false,
    poolSize,
    extra: { options: `-c search_path=${READ_MODEL_SEARCH_PATH.replace(/ /g, '')}`, ...RESILIENT_POOL_OPTIONS },
    // A lost connection is reported by the query that meets it (503), not logged once more by the pool.
    poolErrorHandler: () => undefined,
  });
}
