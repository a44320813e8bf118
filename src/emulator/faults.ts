/**
 * Fault injection for reliability tests (off by default): injected 500/503/429
 * answers decided before handling (so they never change state), added latency,
 * and dropped connections after handling (the answer is lost, the write is not).
 */
import { Type, type Static } from '@sinclair/typebox';
import { ApiError } from './api-error';

const Probability = Type.Number({ minimum: 0, maximum: 1, description: 'A probability from 0 to 1.' });

export const FaultSettingsSchema = Type.Object(
  {
    errorRate: Type.Optional(
      Type.Object({ '500': Type.Optional(Probability), '503': Type.Optional(Probability), '429': Type.Optional(Probability) }, { additionalProperties: false }),
    ),
    retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600 })),
    latencyMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 60000 })),
    dropRate: Type.Optional(Probability),
  },
  { additionalProperties: false },
);
export type FaultSettings = Static<typeof FaultSettingsSchema>;

/** mulberry32: a small seedable generator, so a fault sequence can be replayed with --fault-seed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTED = [
  ['500', 'InternalError', 'injected fault: internal error'],
  ['503', 'ServiceUnavailable', 'injected fault: service unavailable, retry later'],
  ['429', 'Throttling', 'injected fault: too many requests, retry later'],
] as const;

export class Faults {
  private current: FaultSettings;
  private readonly random: () => number;

  /** `timeScale`: the emulator's (EmulatorOptions.timeScale); latency and Retry-After are divided by it. */
  constructor(
    settings: FaultSettings = {},
    seed?: number,
    private readonly timeScale = 1,
  ) {
    this.current = settings;
    this.random = seed === undefined ? Math.random : seededRandom(seed);
  }

  get settings(): FaultSettings {
    return this.current;
  }

  set settings(settings: FaultSettings) {
    this.current = settings;
  }

  get latencyMs(): number {
    return (this.current.latencyMs ?? 0) / this.timeScale;
  }

  /** An injected error for this request, or undefined. One draw decides among the three rates. */
  injectedError(): ApiError | undefined {
    const rates = this.current.errorRate;
    if (!rates) return undefined;
    const draw = this.random();
    let threshold = 0;
    for (const [status, code, message] of INJECTED) {
      threshold += rates[status] ?? 0;
      if (draw < threshold) {
        const retry: Record<string, string> = status === '500' ? {} : { 'retry-after': String(Math.floor((this.current.retryAfterSeconds ?? 1) / this.timeScale)) };
        return new ApiError(code, message, retry);
      }
    }
    return undefined;
  }

  shouldDrop(): boolean {
    const rate = this.current.dropRate ?? 0;
    return rate > 0 && this.random() < rate;
  }
}
