/**
 * The import boundaries of ARCHITECTURE.md, enforced in CI: arrows only point down
 * (renderer -> shared; electron -> db -> shared), and only electron/app imports 'electron'.
 */
const simulatorRules = require('./simulators/dependency-cruiser.rules.cjs');

module.exports = {
  forbidden: [
    ...simulatorRules,
    {
      name: 'renderer-only-shared',
      comment: 'The renderer is a browser sandbox: it may import shared/ and packages, nothing else of ours.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|db|simulators|test)/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer has no Node: no built-in modules.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-backend-packages',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: 'node_modules/(electron|better-sqlite3|kysely)/' },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'shared/ is pure TypeScript used by every layer.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron|db|simulators|test)/' },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-only-shared',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(renderer|electron|simulators|test)/' },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer|test|simulators)/' },
    },
    {
      name: 'only-electron-app-imports-electron',
      comment: 'Everything but electron/app must run in plain Node (tests, CLI).',
      severity: 'error',
      from: { pathNot: '^electron/app/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'sql-only-in-db',
      comment: 'Only db/ talks SQL.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/' },
      to: { path: 'node_modules/better-sqlite3/' },
    },
    {
      name: 'query-builder-only-in-db',
      comment: 'Services and the rest name Kysely types only; queries are built in db/ repositories.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/' },
      to: { path: 'node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    exclude: { path: '(^|/)(dist|\\.tsbuild|node_modules)/' },
  },
};
