/**
 * examples/hcl/main.tf, the plain-HCL example the README points at, applied
 * as a user would: credentials from the environment, variables on the command
 * line, the provider from a filesystem mirror.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNamed, newTestAccount } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { Workspace, clientFor } from './harness';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

test('the plain-HCL example applies, plans empty and destroys cleanly', async () => {
  const { account, fixtures } = await newTestAccount(emulator.url, 'hcl-example');
  const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
  const ws = await Workspace.create('tf-hcl-example-');
  try {
    copyFileSync(join(__dirname, '..', '..', 'examples', 'hcl', 'main.tf'), join(ws.dir, 'main.tf'));
    const env = { BCE_ACCESS_KEY_ID: account.accessKeyId, BCE_SECRET_ACCESS_KEY: account.secretAccessKey };
    const vars = ['-var', `endpoint=${emulator.endpointTemplate}`, '-var', `instance_id=${instanceId}`];
    await ws.init();
    await ws.ok(['apply', '-auto-approve', '-input=false', ...vars], env);

    const outputs = JSON.parse((await ws.ok(['output', '-json'])).stdout) as Record<string, { value: string }>;
    const imageId = outputs.image_id!.value;
    const copyId = outputs.copy_image_id!.value;
    const bj = clientFor(emulator, account, 'bj');
    const gz = bj.withRegion('gz');
    try {
      expect((await bj.getImage(imageId)).image).toMatchObject({ name: 'golden-web', status: 'Available', tags: [{ tagKey: 'team', tagValue: 'web' }] });
      expect((await gz.getImage(copyId)).image).toMatchObject({ status: 'Available', copySource: { region: 'bj', imageId } });
      for (const [client, id] of [[bj, imageId], [gz, copyId]] as const) {
        const { users } = await client.listSharedUsers(id);
        expect(users.map((u) => u.account).sort()).toEqual(['alice', 'bob']);
      }

      for (const refresh of ['-refresh=true', '-refresh=false']) {
        const plan = await ws.terraform(['plan', '-input=false', '-detailed-exitcode', refresh, ...vars], env);
        expect({ refresh, code: plan.code, output: plan.code === 0 ? '' : plan.stdout + plan.stderr }).toEqual({ refresh, code: 0, output: '' });
      }

      await ws.ok(['destroy', '-auto-approve', '-input=false', ...vars], env);
      for (const client of [bj, gz]) {
        const left = [];
        for await (const image of client.listImages({ imageType: 'Custom' })) left.push(image.id);
        expect(left).toEqual([]);
      }
    } finally {
      await bj.close();
    }
  } finally {
    ws.remove();
  }
}, 180_000);
