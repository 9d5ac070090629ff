/**
 * The packaging settings that protect a clinic's PC, read from the real electron-builder.yml: a fuse flipped back
 * or a rebuild step switched on fails here, not in an installer nobody inspects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  nodeGypRebuild?: boolean;
  buildDependenciesFromSource?: boolean;
  files?: string[];
  directories?: { output?: string };
  electronFuses?: Record<string, boolean>;
  win?: { target?: string[] };
  nsis?: { perMachine?: boolean; oneClick?: boolean; deleteAppDataOnUninstall?: boolean };
  msi?: { perMachine?: boolean };
  linux?: { target?: string[] };
  mac?: { target?: string | string[] };
}

const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };

describe('electron-builder.yml', () => {
  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses only fuse names that electron-builder knows', () => {
    const scheme = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known).toContain(fuse);
  });

  it('packs into an asar, unpacks only the SQLite addon, and never rebuilds native modules', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('ships the bundles package.json points at, and writes installers outside dist/', () => {
    expect(config.appId).toBe('no.allmenn.app');
    expect(config.productName).toBe('Allmenn');
    expect(packageJson.main).toBe('dist/electron/main.mjs');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*']));
    expect(config.directories?.output).toBeDefined();
    expect(config.directories?.output).not.toMatch(/^dist\b/);
  });

  it('builds per-machine Windows installers that keep the data folder on uninstall, plus Linux and macOS', () => {
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ perMachine: true, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.mac?.target).toBe('dmg');
  });
});
