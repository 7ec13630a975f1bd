export * from './databases.js';
export * from './embedded-server.js';
export * from './migrator.js';
export * from './connection-failure.js';
