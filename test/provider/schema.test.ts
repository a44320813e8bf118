/**
 * The generated artifacts: provider-schema/imagecloud.json is what the real
 * `terraform providers schema -json` reports, and neither it nor the docs
 * under docs/ may be stale. Regenerate with
 *   npm run provider:schema
 *   npm run provider:docs
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerDocs, providerSchemaText } from '../../src/provider/artifacts';
import { PROVIDER_VERSION } from '../../src/provider/identity';
import { Workspace } from './harness';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

describe('provider artifacts', () => {
  it('terraform providers schema -json reports exactly provider-schema/imagecloud.json', async () => {
    const ws = await Workspace.create();
    try {
      ws.write(`terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud", version = "${PROVIDER_VERSION}" }
  }
}
`);
      const init = await ws.init();
      expect(init.stdout).toContain(`Installing imagecloud/imagecloud v${PROVIDER_VERSION}`);
      const reported = JSON.parse((await ws.ok(['providers', 'schema', '-json'])).stdout);
      expect(reported).toEqual(JSON.parse(providerSchemaText()));
    } finally {
      ws.remove();
    }
  });

  it('the committed schema file is up to date', () => {
    const file = join(ROOT, 'provider-schema', 'imagecloud.json');
    const hint = 'stale: run `npm run provider:schema`';
    expect({ file: existsSync(file) ? readFileSync(file, 'utf8') : 'missing', hint }).toEqual({ file: providerSchemaText(), hint });
  });

  it('the committed docs are up to date', () => {
    const hint = 'stale: run `npm run provider:docs`';
    for (const [relative, text] of Object.entries(providerDocs())) {
      const file = join(ROOT, 'docs', relative);
      expect({ relative, text: existsSync(file) ? readFileSync(file, 'utf8') : 'missing', hint }).toEqual({ relative, text, hint });
    }
  });
});
