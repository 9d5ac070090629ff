/**
 * The simulators' import rules (simulators/dependency-cruiser.rules.cjs) hold for the real tree, and catch a
 * simulator reaching into the app's services or database.
 */
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');
const rules = require(path.join(ROOT, 'simulators', 'dependency-cruiser.rules.cjs')) as unknown[];

async function violations(cwd: string, roots: string[]): Promise<string[]> {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const result = await cruise(roots, {
      ruleSet: { forbidden: rules } as never,
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(dist|\\.tsbuild|node_modules)/' },
    });
    return (result.output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
  } finally {
    process.chdir(previous);
  }
}

describe('simulator import boundaries', () => {
  const tempDir = useTempDir();

  it('passes the real tree', async () => {
    expect(await violations(ROOT, ['simulators'])).toEqual([]);
  });

  it('lets a simulator use the message module and shared/, and nothing else of the app', async () => {
    const dir = tempDir();
    const tree: Record<string, string> = {
      'simulators/sim.ts': [
        "import { a } from '../electron/integrations/messages/ok';",
        "import { b } from '../shared/rule';",
        "import { c } from '../electron/services/prescribing/service';",
        "import { d } from '../db/repo';",
        'export const all = [a, b, c, d];',
      ].join('\n'),
      'electron/integrations/messages/ok.ts': 'export const a = 1;\n',
      'shared/rule.ts': 'export const b = 2;\n',
      'electron/services/prescribing/service.ts': 'export const c = 3;\n',
      'db/repo.ts': 'export const d = 4;\n',
    };
    for (const [file, text] of Object.entries(tree)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    expect((await violations(dir, ['simulators'])).sort()).toEqual([
      'simulators-share-only-messages-and-shared: simulators/sim.ts -> db/repo.ts',
      'simulators-share-only-messages-and-shared: simulators/sim.ts -> electron/services/prescribing/service.ts',
    ]);
  });
});
