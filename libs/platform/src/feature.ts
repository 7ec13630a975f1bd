import type { INestApplicationContext } from '@nestjs/common';
import type { UpcasterRegistry } from '#accord/ledger';
import type { Migration } from '#accord/postgres';
import type { Projection } from '#accord/projections';
import type { Environment } from './config.js';

/** What a bounded context adds to the platform: its schema, its read models and its event history. */
export interface AccordFeature<Settings = unknown> {
  readonly name: string;
  /**
   * Reads this context's settings from the environment at start, with the platform's parsers
   * (`wholeNumber`, `fraction`, `oneOf`): a wrong value stops the process like any other setting.
   */
  readonly settings?: (env: Environment) => Settings;
  readonly migrations?: readonly Migration[];
  readonly projections?: readonly Projection[];
  /** TypeORM entities of its read models. */
  readonly entities?: readonly (new () => unknown)[];
  readonly registerUpcasters?: (registry: UpcasterRegistry) => void;
  /**
   * Records this context's part of the demo story (`accord seed-demo`, `npm start -- --demo`).
   * Runs inside an action context of the platform, after the features listed before it; must do
   * nothing when its part is already there. Returns lines saying what it recorded.
   */
  readonly seedDemo?: (app: INestApplicationContext) => Promise<string[]>;
}
