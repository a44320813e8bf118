/** imagecloud_instance: one instance of the account, by id; and the attributes every instance read shows. */
import type { Instance } from '../../api/instance-schemas';
import { defineDataSource } from '../framework';
import { attr, stringMatches, t } from '../runtime';
import { apiFailure } from '../errors';
import { tagMap } from '../common';

/** The read-only facts of an instance, declared once for both instance data sources. */
export function instanceFactAttributes() {
  return {
    name: attr.string({ computed: true, description: 'Instance name.' }),
    image_id: attr.string({ computed: true, description: 'The image it was made or last rebuilt from (it may since have been deleted).' }),
    status: attr.string({ computed: true, description: '`Starting`, `Running`, `Stopping`, `Stopped`, `Rebuilding` or `Expired`.' }),
    spec: attr.string({ computed: true, description: 'Instance spec, e.g. `bcc.g4.c2m8`.' }),
    cpu_count: attr.number({ computed: true, description: 'vCPUs.' }),
    memory_gb: attr.number({ computed: true, description: 'Memory in GiB.' }),
    root_disk_size_gb: attr.number({ computed: true, description: 'System disk size in GB.' }),
    root_disk_type: attr.string({ computed: true, description: 'System disk type.' }),
    zone_name: attr.string({ computed: true, description: 'Zone.' }),
    os_type: attr.string({ computed: true, description: 'OS type.' }),
    os_name: attr.string({ computed: true, description: 'OS name.' }),
    os_version: attr.string({ computed: true, description: 'OS version.' }),
    charge_type: attr.string({ computed: true, description: 'Charge type carried from the image.' }),
    create_time: attr.string({ computed: true, description: 'Creation time, UTC.' }),
    tags: attr.map(t.string, { computed: true, description: 'Tags.' }),
  };
}

export function instanceFacts(instance: Instance) {
  return {
    name: instance.name,
    image_id: instance.imageId,
    status: instance.status,
    spec: instance.spec,
    cpu_count: instance.cpuCount,
    memory_gb: instance.memoryCapacityInGB,
    root_disk_size_gb: instance.rootDiskSizeInGb,
    root_disk_type: instance.rootDiskStorageType,
    zone_name: instance.zoneName,
    os_type: instance.osType,
    os_name: instance.osName,
    os_version: instance.osVersion,
    charge_type: instance.chargeType,
    create_time: instance.createTime,
    tags: tagMap(instance.tags),
  };
}

export const instanceDataSource = defineDataSource({
  name: 'imagecloud_instance',
  description: 'Reads one instance of the account in the provider\'s region, by id.',
  example: `data "imagecloud_instance" "web" {
  id = "i-AbCd1234"
}`,
  attributes: {
    id: attr.string({ required: true, description: 'Instance id.', validators: [stringMatches(/^i-[A-Za-z0-9]{8}$/, 'Must be an instance id: `i-` and 8 letters or digits')] }),
    ...instanceFactAttributes(),
  },
  async read(ctx, config) {
    try {
      const { instance } = await ctx.client.getInstance(config.id, { signal: ctx.signal });
      return { ...config, ...instanceFacts(instance) };
    } catch (error) {
      throw apiFailure(`reading instance ${config.id}`, error, ['id'], ctx.signal);
    }
  },
});
