/** clientToken records expire after 24 hours and are then dropped from memory, not only from disk. */
import { pruneExpiredTokens, rememberAnswer, rememberedAnswer } from '../../src/emulator/idempotency';
import { State } from '../../src/emulator/state';

const HOUR = 60 * 60 * 1000;

test('expired token records are pruned; live ones stay', () => {
  const state = new State();
  rememberAnswer(state, 'a1', 'old', 'f1', 200, '{}', 0);
  rememberAnswer(state, 'a1', 'new', 'f2', 200, '{}', 20 * HOUR);
  pruneExpiredTokens(state, 25 * HOUR);
  expect([...state.all('idempotency')].map((record) => record.key)).toEqual(['a1/new']);
  expect(rememberedAnswer(state, 'a1', 'new', 'f2', 25 * HOUR)).toMatchObject({ status: 200 });
  expect(rememberedAnswer(state, 'a1', 'old', 'f1', 25 * HOUR)).toBeUndefined();
});
