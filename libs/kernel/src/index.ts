export * from './bilingual-text.js';
export * from './calendar-date.js';
export * from './decider.js';
export * from './document-digest.js';
export * from './domain-rule-violation.js';
export * from './roles.js';
