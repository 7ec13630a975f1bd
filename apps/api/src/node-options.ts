/**
 * The V8 options the API server runs with, wherever it runs: `npm start`, the Dockerfile and the
 * benchmark. A semi-space of 64 MiB (V8's default is 16) gives the objects of the few hundred
 * requests in flight room to die young, so a scavenge copies far fewer of them; see ADR 0028.
 */
export const API_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=64'];
