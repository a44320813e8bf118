/**
 * Terraform against an emulator that fails a fifth of the requests (500, 503,
 * 429) and loses the answer of another fifth after doing the work: 50 images
 * over three accounts for three fixed fault seeds, and the same at full quota
 * (two accounts with 20 images each, where any duplicate is refused). Each
 * run must converge within three applies with no orphan (every custom image
 * of the accounts is in state) and no duplicate, and plan empty afterwards.
 *
 * Slower than a unit test: run with `npm run chaos` (CI runs it).
 */
import type { ImageClient } from '../../src/client';
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { Workspace, clientFor } from '../provider/harness';
import { PROVIDER_VERSION } from '../../src/provider/identity';

jest.setTimeout(600_000);

const FAULTS = { errorRate: { '500': 0.08, '503': 0.06, '429': 0.06 }, dropRate: 0.2, retryAfterSeconds: 0 };
const MAX_APPLIES = 3;

interface Tenant {
  alias: string;
  account: AdminAccount;
  fixtures: Fixtures;
  client: ImageClient;
  images: number;
}

function config(emulator: RunningEmulator, tenants: Tenant[]): string {
  const blocks = tenants.map((tenant) => {
    const snapshotId = fixtureNamed(tenant.fixtures.snapshots, tenant.account.id, 'bj', 'system-available').id;
    return `provider "imagecloud" {
  alias      = "${tenant.alias}"
  region     = "bj"
  endpoint   = "${emulator.endpointTemplate}"
  access_key = "${tenant.account.accessKeyId}"
  secret_key = "${tenant.account.secretAccessKey}"
}

resource "imagecloud_custom_image" "${tenant.alias}" {
  provider = imagecloud.${tenant.alias}
  count    = ${tenant.images}
  name     = "chaos-${tenant.alias}-\${count.index}"
  tags     = { run = "chaos" }
  source {
    snapshot_id = "${snapshotId}"
  }
}
`;
  });
  return `terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud", version = "${PROVIDER_VERSION}" }
  }
}

${blocks.join('\n')}`;
}

interface Outcome {
  applies: number;
  orphans: number;
  duplicates: number;
  /** Requests answered with an injected error, and answers lost, in the emulator's last 1000 requests of the first apply. */
  injectedErrors: number;
  droppedAnswers: number;
}

/** Applies under faults until one succeeds (at most MAX_APPLIES), then counts orphans and duplicates. */
async function run(seed: number, imagesPerAccount: number[]): Promise<Outcome> {
  const emulator = await startTestEmulator({ faultSeed: seed });
  const ws = await Workspace.create('tf-chaos-');
  const tenants: Tenant[] = [];
  try {
    for (const [index, images] of imagesPerAccount.entries()) {
      const { account, fixtures } = await newTestAccount(emulator.url, `chaos${index}`);
      tenants.push({ alias: `a${index}`, account, fixtures, client: clientFor(emulator, account), images });
    }
    ws.write(config(emulator, tenants));
    await ws.init();
    await admin(emulator.url).setFaults(FAULTS);
    let applies = 0;
    let converged = false;
    while (!converged && applies < MAX_APPLIES) {
      applies++;
      converged = (await ws.terraform(['apply', '-auto-approve', '-input=false'], {}, 300_000)).code === 0;
    }
    const { requests } = await admin(emulator.url).requests(1000);
    const injectedErrors = requests.filter((entry) => entry.fault === 'error').length;
    const droppedAnswers = requests.filter((entry) => entry.fault === 'drop').length;
    expect(converged).toBe(true);
    // Still under faults: refreshing plans show nothing to do.
    await ws.expectNoChanges();
    await admin(emulator.url).setFaults({});
    await ws.expectNoChanges();

    const inState = new Set(Object.values(await ws.resources()).map((values) => values.id as string));
    let orphans = 0;
    let duplicates = 0;
    for (const tenant of tenants) {
      const names = new Map<string, number>();
      for await (const image of tenant.client.listImages({ imageType: 'Custom' })) {
        if (!inState.has(image.id)) orphans++;
        names.set(image.name, (names.get(image.name) ?? 0) + 1);
      }
      for (const count of names.values()) duplicates += count - 1;
      expect(names.size).toBe(tenant.images);
    }
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
    return { applies, orphans, duplicates, injectedErrors, droppedAnswers };
  } finally {
    await admin(emulator.url).setFaults({});
    for (const tenant of tenants) await tenant.client.close();
    ws.remove();
    await emulator.close();
  }
}

function report(label: string, outcome: Outcome): void {
  process.stdout.write(
    `chaos ${label}: converged in ${outcome.applies} apply(s), ${outcome.orphans} orphans, ${outcome.duplicates} duplicates ` +
      `(${outcome.injectedErrors} injected errors and ${outcome.droppedAnswers} lost answers in the last 1000 requests)\n`,
  );
  // The faults were real: the convergence is the provider's and client's doing.
  expect(outcome.injectedErrors).toBeGreaterThan(20);
  expect(outcome.droppedAnswers).toBeGreaterThan(20);
}

describe.each([1, 2, 3])('fault seed %i', (seed) => {
  it('50 images over three accounts converge with no orphan and no duplicate', async () => {
    const outcome = await run(seed, [17, 17, 16]);
    report(`seed ${seed}, 50 images`, outcome);
    expect(outcome).toMatchObject({ orphans: 0, duplicates: 0 });
  });
});

it('at full quota (2 accounts x 20 images) converges with no orphan and no duplicate', async () => {
  const outcome = await run(4, [20, 20]);
  report('seed 4, full quota', outcome);
  expect(outcome).toMatchObject({ orphans: 0, duplicates: 0 });
});
