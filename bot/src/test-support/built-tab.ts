// A tab dist folder shaped like Vite's output (index.html and one hashed asset), for server tests that must
// not depend on the real tab being built.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The hashed asset's path under the folder. */
export const BUILT_ASSET = '/assets/app-abc123.js';

export function builtTab(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tf-tab-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>TeamFlame</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, BUILT_ASSET), 'export {};');
  return dir;
}
