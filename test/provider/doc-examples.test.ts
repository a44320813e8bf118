/**
 * Every example in the registry docs (each resource's and data source's
 * `example`) is valid configuration: `terraform validate` against the real
 * provider schema accepts it. References to objects another example declares
 * are the only diagnostics allowed, since each example is checked alone.
 */
import { PROVIDER_VERSION } from '../../src/provider/identity';
import { provider } from '../../src/provider/provider';
import { Workspace } from './harness';

jest.setTimeout(120_000);

const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud", version = "${PROVIDER_VERSION}" }
  }
}
`;

interface Diagnostic {
  severity: string;
  summary: string;
  detail: string;
}

let ws: Workspace;
beforeAll(async () => {
  ws = await Workspace.create('tf-doc-examples-');
  ws.write(REQUIRED_PROVIDERS);
  await ws.init();
});
afterAll(() => ws.remove());

const documented = [...provider.resources, ...(provider.dataSources ?? [])].map((definition) => [definition.name, definition.example] as const);

test('every resource and data source documents an example', () => {
  expect(documented.filter(([, example]) => !example).map(([name]) => name)).toEqual([]);
});

test.each(documented)('the %s example is valid configuration', async (_name, example) => {
  ws.write(`${REQUIRED_PROVIDERS}\n${example}\n`);
  const result = await ws.terraform(['validate', '-json']);
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  const problems = diagnostics.filter((d) => d.summary !== 'Reference to undeclared resource');
  expect(problems).toEqual([]);
});
