/** Where the app finds its data folder and its own built files. Pure, so the rules are testable without Electron. */
import path from 'node:path';

export const DATA_DIR_ENV = 'ALLMENN_DATA_DIR';

/**
 * The clinic's data folder: ALLMENN_DATA_DIR when set (demo clinics, tests, an IT department's choice of disk),
 * otherwise Electron's per-user data folder.
 */
export function resolveDataDir(env: Readonly<Record<string, string | undefined>>, userDataPath: string): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  return fromEnv ? path.resolve(fromEnv) : userDataPath;
}

/** `appPath` is app.getAppPath(): the repository in development, resources/app.asar when packaged. */
export function rendererRoot(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

export function preloadPath(appPath: string): string {
  return path.join(appPath, 'dist', 'electron', 'preload.cjs');
}
