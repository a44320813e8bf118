/** A stack with the imagecloud provider, the starting point of most construct tests. */
import { ImageCloudProvider, type ImageCloudProviderProps } from '../../src/constructs';
import { TerraformStack, Testing } from '../../src/constructs/cdktf';

export const INSTANCE_ID = 'i-AbCd1234';
export const SNAPSHOT_ID = 's-AbCd1234';
export const VOLUME_ID = 'v-AbCd1234';
export const KMS_KEY = '0f4c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';

export function providerStack(props: ImageCloudProviderProps = { region: 'bj' }, id = 'stack'): { stack: TerraformStack; provider: ImageCloudProvider } {
  const stack = new TerraformStack(Testing.app(), id);
  const provider = new ImageCloudProvider(stack, 'imagecloud', props);
  return { stack, provider };
}

/** The synthesized stack as an object, validations run. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStack;
}

export interface SynthesizedStack {
  provider: { imagecloud: Record<string, unknown>[] };
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: string }>;
  import?: { id: string; to: string; provider?: string }[];
}
