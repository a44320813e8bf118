/**
 * Registry-style Markdown docs from the same declarations the provider
 * serves, in the layout the Terraform Registry reads (and tfplugindocs
 * writes): index.md, resources/<name>.md, data-sources/<name>.md, with names
 * lacking the provider prefix.
 */
import { CtyType } from './cty';
import { DataSourceDefinition, ProviderDefinition, ResourceDefinition } from './framework';
import { AttributeDefinition, BlockDefinition, BlockSchema } from './schema';

/** Relative path (e.g. "resources/custom_image.md") to Markdown content. */
export function generateDocs(provider: ProviderDefinition<any>): Record<string, string> {
  const files: Record<string, string> = { 'index.md': providerPage(provider) };
  for (const resource of provider.resources) files[`resources/${shortName(provider, resource.name)}.md`] = resourcePage(provider, resource, 'Resource');
  for (const dataSource of provider.dataSources ?? []) {
    files[`data-sources/${shortName(provider, dataSource.name)}.md`] = resourcePage(provider, dataSource, 'Data Source');
  }
  return files;
}

function shortName(provider: ProviderDefinition<any>, name: string): string {
  return name.startsWith(`${provider.typeName}_`) ? name.slice(provider.typeName.length + 1) : name;
}

function frontMatter(title: string, description: string): string {
  const indented = (description || '').split('\n').map((line) => `  ${line}`).join('\n');
  return `---\npage_title: ${JSON.stringify(title)}\nsubcategory: ""\ndescription: |-\n${indented}\n---\n\n`;
}

function providerPage(provider: ProviderDefinition<any>): string {
  const [, namespace, type] = provider.address.split('/');
  let page = frontMatter(`${provider.typeName} Provider`, provider.description ?? '');
  page += `# ${provider.typeName} Provider\n\n`;
  if (provider.description) page += `${provider.description}\n\n`;
  page += `## Example Usage\n\n\`\`\`terraform\nterraform {\n  required_providers {\n    ${provider.typeName} = {\n      source  = "${namespace}/${type}"\n      version = "${provider.version}"\n    }\n  }\n}\n\`\`\`\n\n`;
  page += schemaSection(provider);
  return page;
}

function resourcePage(
  provider: ProviderDefinition<any>,
  definition: ResourceDefinition<any> | DataSourceDefinition<any>,
  kind: 'Resource' | 'Data Source',
): string {
  let page = frontMatter(`${definition.name} ${kind} - terraform-provider-${provider.typeName}`, definition.description ?? '');
  page += `# ${definition.name} (${kind})\n\n`;
  if (definition.description) page += `${definition.description}\n\n`;
  if (definition.example) page += `## Example Usage\n\n\`\`\`terraform\n${definition.example.trim()}\n\`\`\`\n\n`;
  page += schemaSection(definition);
  if (definition.kind === 'resource' && definition.importExample) {
    page += `## Import\n\nImport is supported using the following syntax:\n\n\`\`\`shell\n${definition.importExample.trim()}\n\`\`\`\n`;
  }
  return page;
}

function schemaSection(schema: BlockSchema): string {
  const nestedSections: string[] = [];
  let section = `## Schema\n\n${blockBody(schema, '', nestedSections, '### ')}`;
  for (const nested of nestedSections) section += nested;
  return section;
}

type Member = { name: string; attribute?: AttributeDefinition; block?: BlockDefinition };

/** The Required / Optional / Read-Only lists of a block; nested blocks add their own sections. */
function blockBody(schema: BlockSchema, anchorPrefix: string, nestedSections: string[], heading: string): string {
  const members: Member[] = [
    ...Object.entries(schema.attributes).map(([name, attribute]) => ({ name, attribute })),
    ...Object.entries(schema.blocks ?? {}).map(([name, block]) => ({ name, block })),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const groups: Record<'Required' | 'Optional' | 'Read-Only', string[]> = { Required: [], Optional: [], 'Read-Only': [] };
  for (const member of members) {
    if (member.attribute) {
      const attribute = member.attribute;
      const group = attribute.required ? 'Required' : attribute.optional ? 'Optional' : 'Read-Only';
      groups[group].push(attributeLine(member.name, attribute));
    } else if (member.block) {
      const anchor = `nestedblock--${anchorPrefix}${member.name}`;
      const block = member.block;
      const group = block.minItems > 0 ? 'Required' : 'Optional';
      const label = [block.nesting === 'single' ? 'Block' : `Block ${block.nesting === 'list' ? 'List' : 'Set'}`];
      if (block.minItems > 0) label.push(`Min: ${block.minItems}`);
      if (block.nesting !== 'single' && block.maxItems > 0) label.push(`Max: ${block.maxItems}`);
      const description = block.schema.description ? ` ${block.schema.description}` : '';
      groups[group].push(`- \`${member.name}\` (${label.join(', ')})${description} (see [below for nested schema](#${anchor}))`);
      nestedSections.push(
        `<a id="${anchor}"></a>\n### Nested Schema for \`${anchorPrefix.replace(/--/g, '.')}${member.name}\`\n\n` +
          blockBody(block.schema, `${anchorPrefix}${member.name}--`, nestedSections, ''),
      );
    }
  }
  let body = '';
  for (const [title, lines] of Object.entries(groups)) {
    if (lines.length === 0) continue;
    body += `${heading ? `${heading}${title}` : `${title}:`}\n\n${lines.join('\n')}\n\n`;
  }
  return body;
}

function attributeLine(name: string, attribute: AttributeDefinition): string {
  const notes: string[] = [];
  if (attribute.sensitive) notes.push('Sensitive');
  if (attribute.writeOnly) notes.push('Write-only: never stored in state or plan');
  if (attribute.deprecated) notes.push('Deprecated');
  const extra = notes.length > 0 ? `, ${notes.join(', ')}` : '';
  const parts = [attribute.description];
  for (const validator of attribute.validators) parts.push(validator.description);
  for (const modifier of attribute.planModifiers) parts.push(modifier.description);
  if (attribute.default !== undefined) parts.push(`Defaults to \`${JSON.stringify(attribute.default)}\`.`);
  if (attribute.deprecated) parts.push(`**Deprecated:** ${attribute.deprecated}`);
  const text = parts.filter((part): part is string => Boolean(part)).map(asSentence).join(' ');
  return `- \`${name}\` (${typeName(attribute.type.cty)}${extra})${text ? ` ${text}` : ''}`;
}

/** Descriptions come from several declarations (attribute, validators, modifiers): make each read as a sentence. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?`]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function typeName(type: CtyType): string {
  switch (type) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'bool':
      return 'Boolean';
    case 'dynamic':
      return 'Dynamic';
  }
  switch (type[0]) {
    case 'list':
      return `List of ${typeName(type[1])}`;
    case 'set':
      return `Set of ${typeName(type[1])}`;
    case 'map':
      return `Map of ${typeName(type[1])}`;
    case 'tuple':
      return 'Tuple';
    case 'object':
      return 'Object';
  }
}
