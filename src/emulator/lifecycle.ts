/**
 * Asynchronous work, computed lazily: every pending transition has a due time,
 * and the server settles the state at the start of each request. So a delay of
 * 0 is done by the next read, no timers run, and a restart needs no recovery.
 */
import { exportObjectUrl } from './exports';
import type { State } from './state';

export function settle(state: State, now: number): void {
  for (const id of [...state.pendingImageIds]) {
    const image = state.get('image', id);
    const pending = image?.pending;
    if (!image || !pending || pending.dueMs > now) continue;
    const { pending: _done, ...settled } = image;
    state.put('image', { ...settled, status: pending.failReason ? 'CreateFailed' : 'Available', failReason: pending.failReason });
  }
  for (const id of [...state.pendingInstanceIds]) {
    const instance = state.get('instance', id);
    const pending = instance?.pending;
    if (!instance || !pending || pending.dueMs > now) continue;
    const { pending: _done, ...settled } = instance;
    state.put('instance', { ...settled, status: pending.to });
  }
  for (const id of [...state.runningTaskIds]) {
    const task = state.get('task', id);
    if (!task || task.dueMs > now) continue;
    state.put('task', { ...task, status: 'Succeeded', objectUrl: exportObjectUrl(task) });
  }
}
