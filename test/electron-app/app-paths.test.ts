import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadPath, rendererRoot, resolveDataDir } from '../../electron/app/app-paths';

describe('app paths', () => {
  it("uses ALLMENN_DATA_DIR when set, else Electron's user data folder", () => {
    expect(resolveDataDir({ ALLMENN_DATA_DIR: '/srv/demo-klinikk' }, '/home/lege/.config/Allmenn')).toBe(
      path.resolve('/srv/demo-klinikk'),
    );
    expect(resolveDataDir({}, '/home/lege/.config/Allmenn')).toBe('/home/lege/.config/Allmenn');
    expect(resolveDataDir({ ALLMENN_DATA_DIR: '  ' }, '/home/lege/.config/Allmenn')).toBe('/home/lege/.config/Allmenn');
  });

  it('finds the bundles where the build script and electron-builder put them', () => {
    const app = path.join('/opt', 'Allmenn', 'resources', 'app.asar');
    expect(rendererRoot(app)).toBe(path.join(app, 'dist', 'renderer'));
    expect(preloadPath(app)).toBe(path.join(app, 'dist', 'electron', 'preload.cjs'));
  });
});
