/**
 * Deadlines hold under garbage collection. The provider's operation signal was
 * AbortSignal.any([stop, AbortSignal.timeout(ms)]); on Node 20 the composite
 * holds the timeout signal only weakly, a collection reclaimed it and cleared
 * its timer, and `timeouts { create = "10s" }` never fired (issue 9).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OperationDeadline, OperationTimeoutError } from '../../../src/provider/runtime/deadline';

it('fires the provider operation deadline and the waiter deadline while the collector runs', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'fixtures', 'deadlines-under-gc.ts')], {
    cwd: join(__dirname, '..', '..', '..'),
  });
  expect(JSON.parse(stdout)).toEqual({
    operation: { aborted: true, reason: 'timeouts.create (300ms) passed before the create finished' },
    waiter: { aborted: true, reason: expect.any(String) },
  });
});

it('aborts with the stop reason when Terraform stops the provider, and releases the stop signal on dispose', () => {
  const stop = new AbortController();
  const deadline = new OperationDeadline(stop.signal, { operation: 'delete', duration: '30m', ms: 30 * 60_000, configured: false });
  stop.abort(new Error('stopped'));
  expect(deadline.signal.reason).toEqual(new Error('stopped'));
  deadline.dispose();

  const later = new AbortController();
  const disposed = new OperationDeadline(later.signal, { operation: 'create', duration: '10ms', ms: 10, configured: true });
  disposed.dispose();
  later.abort();
  expect(disposed.signal.aborted).toBe(false);
});

it('names the timeout as HCL writes it, and says when it was the default', () => {
  expect(new OperationTimeoutError('create', '30m', false).message).toBe('timeouts.create (30m, the default) passed before the create finished');
  expect(new OperationTimeoutError('update', '5m', true).attribute).toBe('timeouts.update');
});
