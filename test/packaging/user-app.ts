/**
 * The files a user writes into a project made from the framework's own
 * TypeScript template (`cdktf init --template=typescript --local`, or
 * cdktn's): a golden-image stack in main.ts, its jest tests, and type-check
 * configs with the strictest flags a user may have on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Framework {
  /** The core library's package: cdktf or cdktn. */
  core: 'cdktf' | 'cdktn';
  /** The imagecloud entry point built for it. */
  imagecloud: 'imagecloud' | 'imagecloud/cdktn';
}

export const CDKTF: Framework = { core: 'cdktf', imagecloud: 'imagecloud' };
export const CDKTN: Framework = { core: 'cdktn', imagecloud: 'imagecloud/cdktn' };

/** The dev account's seeded running instance in bj (src/emulator/seeds.ts; the README uses it too). */
export const DEV_INSTANCE_ID = 'i-Hl8ITboa';

/**
 * The template's files (a CLI package's `templates/typescript`), with its
 * `{{ placeholders }}` filled in; `__tests__` and main.ts are the user's own.
 */
export function templateFiles(templateDir: string, projectName: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(templateDir, { withFileTypes: true })) {
    if (!name.isFile() || name.name === 'package.json' || name.name === 'main.ts' || name.name === 'help') continue;
    const text = readFileSync(join(templateDir, name.name), 'utf8')
      .replace(/\{\{ \$base \}\}/g, projectName)
      .replace(/\{\{projectId\}\}/g, '00000000-0000-4000-8000-000000000000')
      .replace(/\{\{sendCrashReports\}\}/g, 'false')
      .replace(/\{\{futureFlags\}\}/g, '');
    files[name.name.replace('{{}}', '')] = text;
  }
  return files;
}

/**
 * main.ts: an image from the dev instance, shared, copied to gz. With
 * BREAK_QUOTA set it creates 21 images, which the quota aspect must refuse.
 */
export function mainTs(framework: Framework): string {
  return `import { Construct } from "constructs";
import { App, TerraformOutput, TerraformStack } from "${framework.core}";
import { CustomImage, ImageCloudProvider, type Region } from "${framework.imagecloud}";

export class GoldenImageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new ImageCloudProvider(this, "imagecloud", { region: "bj" });
    const golden = new CustomImage(this, "golden", {
      name: "golden-web",
      source: { kind: "instance", instanceId: process.env.GOLDEN_INSTANCE_ID ?? "${DEV_INSTANCE_ID}" },
      tags: { team: "platform" },
    });
    golden.shareWith("alice", "bob");
    const copyRegion: Region = "gz";
    const copy = golden.copyTo(copyRegion);
    new TerraformOutput(this, "image_id", { value: golden.imageId });
    new TerraformOutput(this, "copy_id", { value: copy.imageId });
    if (process.env.BREAK_QUOTA) {
      for (let i = 0; i < 20; i++) {
        new CustomImage(this, \`extra\${i}\`, { name: \`extra-\${i}\`, source: { kind: "snapshot", snapshotId: "s-AbCd1234" } });
      }
    }
  }
}

const app = new App();
new GoldenImageStack(app, "golden-image");
app.synth();
`;
}

/** __tests__/main-test.ts: a snapshot, cdktf's matchers with the L2 class, and the quota aspect. */
export function mainTest(framework: Framework): string {
  return `import "${framework.core}/lib/testing/adapters/jest";
import { Testing, TerraformStack } from "${framework.core}";
import { CustomImage, ImageCloudProvider } from "${framework.imagecloud}";
import { customImage } from "${framework.imagecloud}/bindings";

function stackWithImages(count: number): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "golden");
  new ImageCloudProvider(stack, "imagecloud", { region: "bj" });
  for (let i = 0; i < count; i++) {
    new CustomImage(stack, \`web\${i}\`, { name: \`web-\${i}\`, source: { kind: "instance", instanceId: "i-AbCd1234" } }).shareWith("alice");
  }
  return stack;
}

describe("golden image", () => {
  it("synthesizes as before", () => {
    expect(Testing.synth(stackWithImages(1))).toMatchSnapshot();
  });

  it("has the image resource, found by the generated binding class", () => {
    const synthesized = Testing.synth(stackWithImages(1));
    expect(synthesized).toHaveResource(customImage.CustomImage);
    expect(synthesized).toHaveResourceWithProperties(customImage.CustomImage, { name: "web-0" });
  });

  it("refuses the 21st image in one account and region", () => {
    expect(() => Testing.synth(stackWithImages(21), true)).toThrow(/the limit is 20 per account and region/);
  });
});
`;
}

/** A type-check config over the CommonJS app with the strict flags and the library checks on. */
export function strictTsconfig(): string {
  return `${JSON.stringify(
    {
      extends: './tsconfig.json',
      compilerOptions: { noEmit: true, incremental: false, skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
    },
    null,
    2,
  )}\n`;
}

/**
 * verbatimModuleSyntax forbids import statements in CommonJS files, so it is
 * checked on an ES module (what a project with that flag on writes) that
 * imports every entry point of imagecloud.
 */
export function esmStrictFiles(framework: Framework): Record<string, string> {
  const entries = framework.core === 'cdktf' ? ['imagecloud', 'imagecloud/bindings'] : ['imagecloud/cdktn', 'imagecloud/cdktn/bindings'];
  return {
    'tsconfig.esm.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node', 'jest'],
        },
        files: ['esm-check.mts'],
      },
      null,
      2,
    )}\n`,
    'esm-check.mts': `import { App, TerraformStack } from "${framework.core}";
import { CustomImage, ImageCloudProvider, REGIONS, type CustomImageProps, type IImage, type Region } from "${entries[0]}";
import { customImage } from "${entries[1]}";
import { ImageClient, type ImageClientOptions } from "imagecloud/client";
import { startEmulator, type EmulatorOptions } from "imagecloud/emulator";
import * as testing from "imagecloud/testing";

const region: Region = REGIONS[0] ?? "bj";
const props: CustomImageProps = { name: "web", source: { kind: "snapshot", snapshotId: "s-AbCd1234" } };
const stack = new TerraformStack(new App(), "esm");
new ImageCloudProvider(stack, "imagecloud", { region });
const image: IImage = new CustomImage(stack, "web", props);
const resourceType: string = customImage.CustomImage.tfResourceType;
const clientOptions: ImageClientOptions = { region, endpoint: "http://127.0.0.1:1/region/{region}" };
const emulatorOptions: EmulatorOptions = { port: 0 };
export { image, resourceType, clientOptions, emulatorOptions, ImageClient, startEmulator, testing };
`,
  };
}
