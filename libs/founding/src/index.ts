export * from './domain/founding.events.js';
export * from './domain/founding.state.js';
export * from './domain/founding.rules.js';
export * from './domain/founding.decide.js';
export * from './domain/founding-checklist.js';
