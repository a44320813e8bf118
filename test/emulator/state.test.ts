/**
 * A request that fails half-way (a bug in a handler, a failed journal append)
 * is rolled back: records, indexes and the pending journal return to what they
 * were, so nothing half-done is kept in memory or written to disk.
 */
import { DEV_ACCOUNTS, seedAll } from '../../src/emulator/seeds';
import { State } from '../../src/emulator/state';
import type { ImageRecord } from '../../src/emulator/model';

function observable(state: State) {
  const dev = DEV_ACCOUNTS[0]!.id;
  const alice = DEV_ACCOUNTS[1]!.id;
  return {
    images: [...state.all('image')].map((image) => JSON.stringify(image)).sort(),
    bjIds: [...state.imageIdsOf('bj')],
    owned: state.ownedImageCount(dev, 'bj'),
    received: state.receivedShares(alice),
  };
}

test('rollback undoes puts, in-place replacements and deletions, indexes included', () => {
  const state = new State();
  seedAll(state);
  state.takeChanges();
  const dev = DEV_ACCOUNTS[0]!.id;
  const alice = DEV_ACCOUNTS[1]!.id;
  const template = [...state.all('image')].find((image) => image.region === 'bj')!;
  const mine: ImageRecord = { ...template, id: 'm-rollback', type: 'Custom', ownerId: dev, sharedWith: [] };
  state.put('image', mine);
  state.takeChanges();
  const before = observable(state);

  // The failing request: a new image, a share of an existing one, a deletion.
  state.put('image', { ...mine, id: 'm-halfdone' });
  state.put('image', { ...mine, name: 'renamed', sharedWith: [alice] });
  state.del('image', template.id);
  expect(observable(state)).not.toEqual(before);
  expect(state.pendingChanges()).toHaveLength(3);

  state.rollback();
  expect(observable(state)).toEqual(before);
  expect(state.pendingChanges()).toEqual([]);
});

test('changes already taken (acknowledged) are not rolled back', () => {
  const state = new State();
  seedAll(state);
  state.takeChanges();
  const template = [...state.all('image')].find((image) => image.region === 'bj')!;
  state.put('image', { ...template, name: 'kept' });
  state.takeChanges();
  state.rollback();
  expect(state.get('image', template.id)?.name).toBe('kept');
});
