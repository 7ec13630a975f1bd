export * from './errors.js';
export * from './event-store.port.js';
export * from './hashing.js';
export * from './polling-subscription.js';
export * from './position.js';
export * from './upcasting.js';
export * from './postgres/ledger.migrations.js';
export * from './postgres/postgres-event-store.js';
