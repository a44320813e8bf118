/**
 * Progress of copies being waited on. On a terminal one status line is
 * redrawn in place; elsewhere (pipes, CI logs) a plain line is written each
 * time a destination's status or percentage changes, so logs stay readable.
 */
export interface ProgressState {
  status: string;
  progress: number;
}

export class CopyProgressDisplay {
  private readonly states = new Map<string, ProgressState>();

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly isTty: boolean,
  ) {}

  update(label: string, state: ProgressState): void {
    const previous = this.states.get(label);
    if (previous && previous.status === state.status && previous.progress === state.progress) return;
    this.states.set(label, state);
    if (this.isTty) this.out.write(`\r\x1b[2K${this.summary()}`);
    else this.out.write(`${label} ${describe(state)}\n`);
  }

  /** Ends the redrawn line so what follows starts on a fresh one. */
  finish(): void {
    if (this.isTty && this.states.size > 0) this.out.write('\n');
  }

  private summary(): string {
    return [...this.states].map(([label, state]) => `${label} ${describe(state)}`).join('  |  ');
  }
}

function describe(state: ProgressState): string {
  return state.status === 'Available' ? 'Available' : `${state.status} ${state.progress}%`;
}
