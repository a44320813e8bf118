import { validate } from '../../src/api/validate';
import {
  CreateImageRequestSchema,
  ListImagesQuerySchema,
  ModifyImageAttributesRequestSchema,
  RemoteCopyRequestSchema,
  TagsRequestSchema,
} from '../../src/api/schemas';

function problems(schema: Parameters<typeof validate>[0], value: unknown): string[] {
  const result = validate(schema, value);
  if (result.ok) throw new Error('expected a violation');
  return result.violation.problems;
}

describe('schema validation messages name the field and the rule', () => {
  test('accepts a valid create request', () => {
    expect(validate(CreateImageRequestSchema, { imageName: 'web-1', instanceId: 'i-abcd1234' }).ok).toBe(true);
  });

  test('missing required field', () => {
    expect(problems(CreateImageRequestSchema, { instanceId: 'i-abcd1234' })).toEqual(['imageName: is required']);
  });

  test('name rule is spelled out', () => {
    const [problem] = problems(CreateImageRequestSchema, { imageName: '1bad' });
    expect(problem).toMatch(/^imageName: invalid value; .*must start with a letter/);
  });

  test('unknown field', () => {
    expect(problems(CreateImageRequestSchema, { imageName: 'a', colour: 'red' })).toEqual(['colour: is not a known field']);
  });

  test('wrong type', () => {
    expect(problems(CreateImageRequestSchema, { imageName: 'a', relateCds: 'yes' })).toEqual(['relateCds: must be boolean']);
  });

  test('enum member of an array names the index and the allowed values', () => {
    const [problem] = problems(RemoteCopyRequestSchema, { destRegion: ['gz', 'mars'] });
    expect(problem).toBe('destRegion[1]: invalid value; Region: one of bj, gz, su, bd, fwh, hkg.');
  });

  test('nested field paths', () => {
    const [problem] = problems(TagsRequestSchema, { changeTags: [{ tagKey: 'k'.repeat(37), tagValue: 'v' }] });
    expect(problem).toBe('changeTags[0].tagKey: must NOT have more than 36 characters');
  });

  test('an empty modification is refused', () => {
    expect(problems(ModifyImageAttributesRequestSchema, {})).toEqual(['body: must set at least 1 field(s)']);
  });

  test('query values are checked as strings', () => {
    const [problem] = problems(ListImagesQuerySchema, { maxKeys: '1001' });
    expect(problem).toMatch(/^maxKeys: invalid value; An integer from 1 to 1000/);
  });
});
