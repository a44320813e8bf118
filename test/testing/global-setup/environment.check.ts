// Run by testing.test.ts in a nested jest: a second file, so jest uses a second worker.
import { reportWhatThisWorkerSees } from './report';

it('sees the environment the global setup set', () => {
  reportWhatThisWorkerSees('environment');
  expect(process.env.IMAGECLOUD_ENDPOINT).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/region\/\{region\}$/);
});
