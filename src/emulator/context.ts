/** What every business rule gets: the state, the delays, the caller and the clock. */
import type { Region } from '../api/schemas';
import type { Account } from './model';
import type { State } from './state';

export interface Delays {
  createDelayMs: number;
  copyDelayMs: number;
  exportDelayMs: number;
}

export interface RequestContext {
  state: State;
  delays: Delays;
  account: Account;
  region: Region;
  now: number;
}
