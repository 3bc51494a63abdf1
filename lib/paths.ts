import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository's root folder, wherever the checkout lives. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Git-ignored folder for the engine distribution and the exporter build cache. */
export const engineCacheDir = path.join(projectRoot, '.engine');

/**
 * Git-ignored folder for one runtime profile's state (Postgres data, engine data, logs).
 * `dev` is what `npm start` uses; `test` is what `npm test` uses, so tests never touch dev data.
 */
export function profileDir(profile: string): string {
  return path.join(projectRoot, '.data', profile);
}
