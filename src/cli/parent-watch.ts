/**
 * Stopping a long-running command when whatever started it is gone.
 *
 * `npx imagecloud emulator` is three processes: npm's node, the `sh -c` it
 * runs the bin through, and the emulator. A `kill -9` of npx reaches neither
 * of the other two: the shell is re-parented and keeps waiting, the emulator
 * keeps its port and its data-dir lock. So the emulator watches two levels up:
 * its parent and its parent's parent. When either is replaced (the process was
 * re-parented because its parent died), the command that started it is gone.
 */
import * as fs from 'node:fs';

/** How often the ancestry is checked; a second is quick enough to free a port. */
const CHECK_INTERVAL_MS = 1000;

/** The parent pid of `pid`, from /proc on Linux; undefined where that cannot be read. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onOrphaned` once when the parent or grandparent of this process
 * exits. Returns a function that stops watching. Does nothing when this
 * process was started by init (pid 1) or is itself pid 1 (a container): then
 * nothing above it can go away.
 */
export function watchParents(onOrphaned: (reason: string) => void): () => void {
  const parent = process.ppid;
  if (parent <= 1) return () => {};
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    let reason: string | undefined;
    if (process.ppid !== parent) reason = `its parent process ${parent} exited`;
    else if (grandparent !== undefined && grandparent > 1 && parentOf(parent) !== grandparent) {
      reason = `the process ${grandparent} that started its parent ${parent} exited`;
    }
    if (reason !== undefined) {
      clearInterval(timer);
      onOrphaned(reason);
    }
  }, CHECK_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
