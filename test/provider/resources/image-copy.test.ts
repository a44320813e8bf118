/**
 * imagecloud_image_copy under the real terraform: copy to another region with
 * one provider block, the acceptance sequence, import by region/imageId, and a
 * create timeout that cancels the copy and leaves nothing in the destination.
 */
import { ImageNotFoundError, type ImageClient } from '../../../src/client';
import { admin, fixtureNamed, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from '../harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let bj: ImageClient;
let gz: ImageClient;
let ws: Workspace;

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-copy');
  ({ emulator, account, fixtures, client: bj, ws } = bed);
  gz = bj.withRegion('gz');
});

afterAll(() => closeTestbed(bed));

/** The provider addresses regions by host name (http://{region}.localhost:PORT), as the real service is. */
function config(copy: string, endpoint = emulator.hostEndpointTemplate): string {
  return `${providerBlock(emulator, account, 'bj', '', endpoint)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}

resource "imagecloud_image_copy" "gz" {
  source_image_id    = imagecloud_custom_image.web.id
${copy}
}
`;
}

async function imagesIn(client: ImageClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const image of client.listImages({ imageType: 'Custom' })) ids.push(image.id);
  return ids;
}

describe('imagecloud_image_copy', () => {
  it('copies, imports, renames in place, sees drift, replaces and destroys', async () => {
    ws.write(config('  destination_region = "gz"\n  name = "web-gz"'));
    await ws.init();
    const plan = await ws.ok(['plan', '-input=false']);
    expect(plan.stdout).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');
    await ws.apply();
    const applied = (await ws.resources())['imagecloud_image_copy.gz']!;
    const copyId = applied.image_id as string;
    expect(applied).toMatchObject({ id: `gz/${copyId}`, destination_region: 'gz', name: 'web-gz', status: 'Available', encrypted: false });
    expect((await gz.getImage(copyId)).image).toMatchObject({ name: 'web-gz', status: 'Available', sourceKind: 'copy' });
    await ws.expectNoChanges();

    const imported = await ws.reimport('imagecloud_image_copy.gz', `gz/${copyId}`);
    expect({ ...imported, timeouts: null }).toEqual({ ...applied, timeouts: null });
    await ws.expectNoChanges();

    ws.write(config('  destination_region = "gz"\n  name = "web-gz-2"'));
    expect((await ws.ok(['plan', '-input=false'])).stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    await ws.apply();
    expect((await gz.getImage(copyId)).image.name).toBe('web-gz-2');

    await gz.renameImage({ imageId: copyId, name: 'renamed-elsewhere' });
    const drift = await ws.planExitCode();
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('~ name               = "renamed-elsewhere" -> "web-gz-2"');
    await ws.apply();
    await ws.expectNoChanges();

    ws.write(config('  destination_region = "su"\n  name = "web-gz-2"'));
    const replace = await ws.ok(['plan', '-input=false']);
    expect(replace.stdout).toContain('~ destination_region = "gz" -> "su" # forces replacement');
    await ws.apply();
    await expect(gz.getImage(copyId)).rejects.toBeInstanceOf(ImageNotFoundError);
    const suId = (await ws.resources())['imagecloud_image_copy.gz']!.image_id as string;
    expect((await bj.withRegion('su').getImage(suId)).image.status).toBe('Available');

    await ws.ok(['destroy', '-auto-approve', '-input=false']);
    expect(await imagesIn(bj.withRegion('su'))).toEqual([]);
    expect(await imagesIn(bj)).toEqual([]);
  });

  it('cancels the copy when the create timeout fires, leaving no orphan', async () => {
    await admin(emulator.url).setDelays({ copyDelayMs: 60_000 });
    try {
      ws.write(config('  destination_region = "gz"\n  timeouts {\n    create = "2s"\n  }'));
      const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
      expect(result.code).toBe(1);
      expect(flat(result.stderr)).toContain('Error: Image copy cancelled');
      expect(flat(result.stderr)).toMatch(/The copy m-\w+ in gz did not finish in time, so it was cancelled and nothing is left behind. timeouts.create \(\w+\) passed before the create finished/);
      expect(await imagesIn(gz)).toEqual([]);
      const state = JSON.parse(ws.stateFile()) as { resources: Array<{ type: string }> };
      expect(state.resources.map((r) => r.type)).toEqual(['imagecloud_custom_image']);
    } finally {
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
  });

  it('waits for the copy through a spell of failing status reads, and keeps it', async () => {
    await admin(emulator.url).setDelays({ copyDelayMs: 4_000 });
    try {
      ws.write(config('  destination_region = "gz"'));
      await ws.init();
      const applying = ws.terraform(['apply', '-auto-approve', '-input=false']);
      // Once the copy exists, every request fails for a while: the wait must outlast it, not give up.
      let copies: string[] = [];
      for (let i = 0; i < 400 && copies.length === 0; i++) {
        copies = await imagesIn(gz);
        if (copies.length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(copies).toHaveLength(1);
      await admin(emulator.url).setFaults({ errorRate: { '500': 1 } });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await admin(emulator.url).setFaults({});
      const result = await applying;
      expect(result.code).toBe(0);
      const { requests } = await admin(emulator.url).requests(1000);
      expect(requests.some((entry) => entry.fault === 'error')).toBe(true);
      expect((await ws.resources())['imagecloud_image_copy.gz']).toMatchObject({ image_id: copies[0], status: 'Available' });
      expect((await ws.ok(['state', 'show', 'imagecloud_image_copy.gz'])).stdout).not.toContain('tainted');
    } finally {
      await admin(emulator.url).setFaults({});
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
    await ws.expectNoChanges();
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
    expect(await imagesIn(gz)).toEqual([]);
  });

  it('refuses a destination region the provider has no endpoint for at plan time, saying what to set', async () => {
    ws.write(config('  destination_region = "gz"', `http://bj.localhost:${emulator.port}`));
    const result = await ws.plan();
    expect(result.code).toBe(1);
    expect(flat(result.stderr)).toContain('Error: No endpoint for the destination region');
    expect(flat(result.stderr)).toContain('set endpoint to a template with {region}, or endpoints.gz');
    // With that region's own URL it plans.
    ws.write(config('  destination_region = "gz"', `http://bj.localhost:${emulator.port}`).replace('  access_key', `  endpoints  = { gz = "http://gz.localhost:${emulator.port}" }\n  access_key`));
    expect((await ws.plan()).code).toBe(0);
  });

  it('refuses copying into the provider\'s own region at plan time, at the attribute', async () => {
    ws.write(config('  destination_region = "bj"'));
    await ws.init();
    const result = await ws.plan();
    expect(result.code).toBe(1);
    expect(flat(result.stderr)).toContain('Error: Invalid destination region');
    expect(flat(result.stderr)).toContain('destination_region = "bj"');
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
  });
});
