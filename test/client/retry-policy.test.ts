import { DEFAULT_RETRY, backoffDelayMs, parseRetryAfter, retryPolicy } from '../../src/client/retry';

describe('retry policy (AWS standard mode figures)', () => {
  it('defaults to 3 attempts, 100 ms base, 500 ms after throttling, 20 s cap', () => {
    expect(DEFAULT_RETRY).toEqual({ maxAttempts: 3, writeDeadlineMs: 120_000, baseDelayMs: 100, throttleBaseDelayMs: 500, maxDelayMs: 20_000 });
  });

  it('draws full jitter below base * 2^(n-1), capped', () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(DEFAULT_RETRY, 1, false, undefined, top)).toBeCloseTo(100, 0);
    expect(backoffDelayMs(DEFAULT_RETRY, 3, false, undefined, top)).toBeCloseTo(400, 0);
    expect(backoffDelayMs(DEFAULT_RETRY, 2, true, undefined, top)).toBeCloseTo(1000, 0);
    expect(backoffDelayMs(DEFAULT_RETRY, 30, false, undefined, top)).toBeCloseTo(20_000, 0);
    expect(backoffDelayMs(DEFAULT_RETRY, 3, false, undefined, () => 0)).toBe(0);
  });

  it('waits at least Retry-After, but never beyond the cap', () => {
    expect(backoffDelayMs(DEFAULT_RETRY, 1, true, 2_000, () => 0)).toBe(2_000);
    expect(backoffDelayMs(DEFAULT_RETRY, 1, true, 3_600_000, () => 0)).toBe(20_000);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 01 May 2024 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('refuses a policy without attempts', () => {
    expect(() => retryPolicy({ maxAttempts: 0 })).toThrow(RangeError);
  });
});
