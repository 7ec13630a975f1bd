export * from './accord.module.js';
export * from './demo.js';
export * from './features.js';
