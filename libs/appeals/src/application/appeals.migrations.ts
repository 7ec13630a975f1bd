import type { Migration } from '#accord/postgres';
import { addresseesMigrations } from './addressees.migrations.js';

export const appealsMigrations: readonly Migration[] = [...addresseesMigrations];
