/**
 * The deadline of one resource operation: a signal that aborts when Terraform
 * stops the provider or when the operation's timeout passes.
 *
 * Not `AbortSignal.any([stop, AbortSignal.timeout(ms)])`: on Node 20 a
 * composite signal holds its sources only weakly, and a timeout signal's timer
 * holds its signal only weakly too, so once nothing else references the
 * timeout signal the garbage collector reclaims it, its timer is cleared, and
 * the composite never aborts. Timeouts longer than the first collection (a
 * few seconds into an apply) silently never fired. Here the timer's closure
 * keeps the controller alive, and dispose() releases both.
 */
import type { TimeoutOperation } from './schema';

/** The abort reason when an operation's timeout passes; names the timeout as HCL writes it. */
export class OperationTimeoutError extends Error {
  /** `timeouts.create` */
  readonly attribute: string;
  constructor(
    readonly operation: TimeoutOperation,
    /** The duration as configured (or defaulted), e.g. `10s`. */
    readonly duration: string,
    /** False when the resource's default applied. */
    readonly configured: boolean,
  ) {
    super(`timeouts.${operation} (${duration}${configured ? '' : ', the default'}) passed before the ${operation} finished`);
    // 'TimeoutError', as the reason of AbortSignal.timeout is named.
    this.name = 'TimeoutError';
    this.attribute = `timeouts.${operation}`;
  }
}

export interface OperationTimeout {
  operation: TimeoutOperation;
  duration: string;
  ms: number;
  configured: boolean;
}

/** setTimeout fires at once beyond this (about 24.8 days); longer timeouts are waited out in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class OperationDeadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private readonly onStop: () => void;

  constructor(
    private readonly stop: AbortSignal,
    timeout: OperationTimeout,
  ) {
    this.onStop = () => this.controller.abort(stop.reason);
    if (stop.aborted) this.onStop();
    else stop.addEventListener('abort', this.onStop, { once: true });
    this.arm(timeout, Date.now() + timeout.ms);
  }

  private arm(timeout: OperationTimeout, dueAt: number): void {
    const remaining = dueAt - Date.now();
    if (remaining > MAX_TIMER_MS) {
      this.timer = setTimeout(() => this.arm(timeout, dueAt), MAX_TIMER_MS);
      return;
    }
    this.timer = setTimeout(
      () => this.controller.abort(new OperationTimeoutError(timeout.operation, timeout.duration, timeout.configured)),
      Math.max(0, remaining),
    );
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Call when the operation ends: clears the timer and the listener on the stop signal. */
  dispose(): void {
    clearTimeout(this.timer);
    this.stop.removeEventListener('abort', this.onStop);
  }
}
