export * from './domain/countries.js';
export * from './domain/field-problem.js';
export * from './domain/national-identifier.js';
export * from './domain/member-application.js';
export * from './domain/member.events.js';
export * from './domain/member.state.js';
export * from './domain/member.decide.js';
