/**
 * Cancellation plumbing: a sleep that an AbortSignal interrupts (backoff and
 * polling), and a child signal that fires on the parent's abort or after a
 * deadline, telling the two apart (waiters).
 */

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Marks the abort of a Deadline's own timer, so callers can tell it from the parent's abort. */
const DEADLINE_REACHED = Symbol('deadline reached');

/**
 * A signal that aborts when `parent` aborts or `ms` elapse (the waiters'
 * deadline). Unlike AbortSignal.any + AbortSignal.timeout it releases its
 * listener and timer on dispose(), so long-lived parents do not accumulate them.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly onParentAbort: (() => void) | undefined;

  constructor(
    ms: number | undefined,
    private readonly parent?: AbortSignal,
  ) {
    if (parent?.aborted) {
      this.controller.abort(parent.reason);
      return;
    }
    if (parent) {
      this.onParentAbort = () => this.controller.abort(parent.reason);
      parent.addEventListener('abort', this.onParentAbort, { once: true });
    }
    if (ms !== undefined && Number.isFinite(ms)) {
      this.timer = setTimeout(() => this.controller.abort(DEADLINE_REACHED), ms);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True when the abort came from the deadline rather than from the parent. */
  get expired(): boolean {
    return this.controller.signal.aborted && this.controller.signal.reason === DEADLINE_REACHED;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.onParentAbort) this.parent!.removeEventListener('abort', this.onParentAbort);
  }
}
