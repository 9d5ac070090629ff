/**
 * Import rules for simulators/ (ARCHITECTURE.md: the simulators are somebody else's systems; they share only
 * shared/ and electron/integrations/messages with the app, never its services or database). Merge into the root
 * .dependency-cruiser.cjs with `forbidden: [...existing, ...require('./simulators/dependency-cruiser.rules.cjs')]`
 * and add `simulators` to the paths `npm run depcruise` checks; test/simulators/import-boundaries.test.ts runs them.
 */
module.exports = [
  {
    name: 'simulators-share-only-messages-and-shared',
    comment: 'A simulator may import shared/ and electron/integrations/messages, nothing else of the app.',
    severity: 'error',
    from: { path: '^simulators/' },
    to: { path: '^(electron|db|renderer|test)/', pathNot: '^electron/integrations/messages/' },
  },
  {
    name: 'simulators-no-electron',
    comment: 'The app starts simulators in a utilityProcess; they must run in plain Node.',
    severity: 'error',
    from: { path: '^simulators/' },
    to: { path: '^electron$|node_modules/electron/' },
  },
  {
    name: 'simulators-no-query-builder',
    comment: "A simulator's storage is its own SQLite file in plain SQL, not the app's Kysely schema.",
    severity: 'error',
    from: { path: '^simulators/' },
    to: { path: 'node_modules/kysely/' },
  },
];
