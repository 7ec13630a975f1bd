import type { Migration } from '#accord/postgres';
import { addresseesMigrations } from './addressees.migrations.js';
import { appealsReadMigrations } from './appeals-read.migrations.js';

export const appealsMigrations: readonly Migration[] = [...addresseesMigrations, ...appealsReadMigrations];
