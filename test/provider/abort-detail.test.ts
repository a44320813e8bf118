/** How an aborted operation reads: the timeout that passed and what to raise, or an interruption with no advice to raise anything. */
import { AbortedError } from '../../src/client/errors';
import { apiFailure } from '../../src/provider/errors';
import { OperationTimeoutError } from '../../src/provider/runtime';

function abortedWith(reason: unknown): AbortSignal {
  const controller = new AbortController();
  controller.abort(reason);
  return controller.signal;
}

it('names the timeout that passed and says to raise it', () => {
  const signal = abortedWith(new OperationTimeoutError('create', '10s', true));
  const failure = apiFailure('waiting for image m-AbCd1234', new AbortedError('getImage', signal.reason), undefined, signal);
  expect(failure.summary).toBe('Timed out waiting for image m-AbCd1234');
  expect(failure.detail).toBe("timeouts.create (10s) passed before the create finished. Raise timeouts.create in the resource's timeouts block and apply again.");
});

it('says an operation stopped by Terraform (Ctrl-C) was interrupted, and gives no timeout advice', () => {
  const signal = abortedWith(new DOMException('Terraform stopped the provider', 'AbortError'));
  const failure = apiFailure('waiting for image m-AbCd1234', new AbortedError('getImage', signal.reason), undefined, signal);
  expect(failure.summary).toBe('Cancelled waiting for image m-AbCd1234');
  expect(failure.detail).toContain('It was interrupted: Terraform stopped the provider (Ctrl-C)');
  expect(failure.detail).not.toContain('Raise');
});
