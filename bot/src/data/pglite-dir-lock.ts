// PGlite does not lock its directory: a second process (a second `npm start`) would open the same files and
// the two would corrupt each other's writes. A lock file beside the directory, naming the owner's pid, makes
// the second opener fail with a clear message instead. A lock left by a process that no longer runs is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * Locks this process holds. A lock naming our own pid that is not in here was left by an earlier process that
 * had the same pid (common in containers, where the server restarts as the same pid).
 */
const heldHere = new Set<string>();

/** @internal Exported only for tests (so `knip --production` does not report it). */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock for `dir` or throws DataDirInUseError; the returned function gives it back. */
export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  if (!tryCreate(lockPath)) {
    const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    const inUse =
      owner === process.pid ? heldHere.has(lockPath) : Number.isInteger(owner) && isRunning(owner);
    if (inUse) {
      throw new DataDirInUseError(
        `The embedded database in ${dir} is already open (process ${owner}). Stop that process, or set ` +
          'DATABASE_URL to a PostgreSQL that several processes can share.',
      );
    }
    rmSync(lockPath, { force: true });
    if (!tryCreate(lockPath)) throw new DataDirInUseError(`The embedded database in ${dir} was just opened.`);
  }
  heldHere.add(lockPath);
  return () => {
    heldHere.delete(lockPath);
    rmSync(lockPath, { force: true });
  };
}
