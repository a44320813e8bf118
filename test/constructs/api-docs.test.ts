/**
 * The API reference (scripts/api-docs.ts, `npm run api:docs`): the committed
 * page is what the generator makes from src/constructs today, it has the
 * Construct Hub shape, and the generator refuses a public API it cannot
 * document fully (a type users cannot import, an optional prop without its
 * default).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_DOCS_FILE, ApiDocsError, renderApiReference } from '../../scripts/api-docs';

const ROOT = join(__dirname, '..', '..');
const STALE_HINT = 'run `npm run api:docs` and commit docs/constructs-api.md';

/** Rendered once for the tests below (a TypeScript program over the constructs takes seconds). */
let rendered: string | Error;
beforeAll(() => {
  try {
    rendered = renderApiReference();
  } catch (error) {
    rendered = error as Error;
  }
}, 120_000);

function page(): string {
  if (rendered instanceof Error) throw rendered;
  return rendered;
}

describe('API reference', () => {
  it('documents the whole public API: every type a public signature names is exported, every optional struct property has a @default', () => {
    expect(page()).toContain('# API Reference');
  });

  it(`is committed up to date (${STALE_HINT} when this fails)`, () => {
    const committed = readFileSync(API_DOCS_FILE, 'utf8').split('\n');
    const fresh = page().split('\n');
    const firstDifference = fresh.findIndex((line, index) => committed[index] !== line);
    if (firstDifference >= 0 || committed.length !== fresh.length) {
      const line = firstDifference >= 0 ? firstDifference : Math.min(committed.length, fresh.length);
      throw new Error(
        `docs/constructs-api.md is stale: ${STALE_HINT}.\nFirst difference at line ${line + 1}:\n  committed: ${committed[line] ?? '(end of file)'}\n  generated: ${fresh[line] ?? '(end of file)'}`,
      );
    }
  });

  it('has the Construct Hub shape: constructs with initializers, methods, static functions and properties, then structs with defaults', () => {
    const text = page();
    const sections = [...text.matchAll(/^## (\w+)/gm)].map((match) => match[1]);
    expect(sections).toEqual(['Constructs', 'Structs', 'Classes', 'Interfaces', 'Enums', 'Unions', 'Constants']);
    const customImage = text.slice(text.indexOf('### CustomImage <'), text.indexOf('### ExistingImage <'));
    expect([...customImage.matchAll(/^#### (\w[\w ]*) </gm)].map((match) => match[1])).toEqual(['Initializers', 'Methods', 'Static Functions', 'Properties', 'Constants']);
    expect(customImage).toContain('new CustomImage(scope: constructs.Construct, id: string, props: CustomImageProps)');
    expect(customImage).toContain('| <code><a href="#imagecloud.CustomImage.property.resource">resource</a></code> | <code>imagecloud/bindings.customImage.CustomImage</code> |');
    const regionProp = text.slice(text.indexOf('##### `region`<sup>Optional</sup> <a name="region" id="imagecloud.CustomImageProps.property.region">'));
    expect(regionProp.split('\n---')[0]).toContain("- *Default:* the provider's region");
    expect(text).not.toContain(ROOT);
  });
});

describe('API reference generator', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'imagecloud-api-docs-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a type users cannot import and an optional struct property without a @default, naming each', () => {
    const entry = join(scratch, 'index.ts');
    writeFileSync(
      entry,
      [
        'interface Hidden { readonly value: string }',
        '/** Settings. */',
        'export interface WidgetProps {',
        '  /** Documented. @default 3 */ readonly documented?: number;',
        '  /** Not documented. */ readonly undocumented?: string;',
        '}',
        'export class Widget { constructor(readonly hidden: Hidden, readonly props: WidgetProps) {} }',
        '',
      ].join('\n'),
    );
    let problems: readonly string[] = [];
    try {
      renderApiReference(entry, 'widget');
    } catch (error) {
      if (!(error instanceof ApiDocsError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/^Hidden \(.*index\.ts\) is named in the public signature at .*index\.ts:7 but is not exported by widget: export it from the entry module$/),
      'WidgetProps.undocumented is optional but its doc comment has no @default (write `@default - <what happens>` when there is no value)',
    ]);
  }, 120_000);
});
