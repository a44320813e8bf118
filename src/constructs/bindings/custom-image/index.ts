// https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdktf';

// Configuration

export interface CustomImageConfig extends cdktf.TerraformMetaArguments {
  /**
  * Free text; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#description CustomImage#description}
  */
  readonly description?: string;
  /**
  * KMS key id (in the provider's region) to encrypt the image with. Left out, an image of an encrypted source is encrypted with the source's key, shown here. Changing it re-creates the image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#encrypt_key CustomImage#encrypt_key}
  */
  readonly encryptKey?: string;
  /**
  * On destroy, stop sharing the image with every account first. Without it, destroying a shared image fails and names the accounts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#force_unshare CustomImage#force_unshare}
  */
  readonly forceUnshare?: boolean | cdktf.IResolvable;
  /**
  * Largest memory (MiB) of instances made from the image, 0 for no limit; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#max_memory_mb CustomImage#max_memory_mb}
  */
  readonly maxMemoryMb?: number;
  /**
  * Smallest memory (MiB) of instances made from the image; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#min_memory_mb CustomImage#min_memory_mb}
  */
  readonly minMemoryMb?: number;
  /**
  * Image name; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#name CustomImage#name}
  */
  readonly name: string;
  /**
  * NIC multi-queue support; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#nic_multi_queue CustomImage#nic_multi_queue}
  */
  readonly nicMultiQueue?: boolean | cdktf.IResolvable;
  /**
  * SR-IOV support; changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#sriov CustomImage#sriov}
  */
  readonly sriov?: boolean | cdktf.IResolvable;
  /**
  * Tags; change in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#tags CustomImage#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * source block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#source CustomImage#source}
  */
  readonly source?: CustomImageSource;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#timeouts CustomImage#timeouts}
  */
  readonly timeouts?: CustomImageTimeouts;
}
export interface CustomImageSourceImport {
  /**
  * The file, `bos://bucket/key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#bos_url CustomImage#bos_url}
  */
  readonly bosUrl: string;
  /**
  * File format; defaults to the key's extension.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#format CustomImage#format}
  */
  readonly format?: string;
  /**
  * `system` (the default) or `data` for a data-disk image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#image_kind CustomImage#image_kind}
  */
  readonly imageKind?: string;
  /**
  * Architecture.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#os_arch CustomImage#os_arch}
  */
  readonly osArch: string;
  /**
  * Operating system name, e.g. `CentOS`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#os_name CustomImage#os_name}
  */
  readonly osName: string;
  /**
  * Operating system type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#os_type CustomImage#os_type}
  */
  readonly osType: string;
  /**
  * Operating system version, e.g. `7.9`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#os_version CustomImage#os_version}
  */
  readonly osVersion: string;
}

export function customImageSourceImportToTerraform(struct?: CustomImageSourceImport | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bos_url: cdktf.stringToTerraform(struct!.bosUrl),
    format: cdktf.stringToTerraform(struct!.format),
    image_kind: cdktf.stringToTerraform(struct!.imageKind),
    os_arch: cdktf.stringToTerraform(struct!.osArch),
    os_name: cdktf.stringToTerraform(struct!.osName),
    os_type: cdktf.stringToTerraform(struct!.osType),
    os_version: cdktf.stringToTerraform(struct!.osVersion),
  }
}


export function customImageSourceImportToHclTerraform(struct?: CustomImageSourceImport | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bos_url: {
      value: cdktf.stringToHclTerraform(struct!.bosUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image_kind: {
      value: cdktf.stringToHclTerraform(struct!.imageKind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    os_arch: {
      value: cdktf.stringToHclTerraform(struct!.osArch),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    os_name: {
      value: cdktf.stringToHclTerraform(struct!.osName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    os_type: {
      value: cdktf.stringToHclTerraform(struct!.osType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    os_version: {
      value: cdktf.stringToHclTerraform(struct!.osVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CustomImageSourceImportOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CustomImageSourceImport | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bosUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.bosUrl = this._bosUrl;
    }
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._imageKind !== undefined) {
      hasAnyValues = true;
      internalValueResult.imageKind = this._imageKind;
    }
    if (this._osArch !== undefined) {
      hasAnyValues = true;
      internalValueResult.osArch = this._osArch;
    }
    if (this._osName !== undefined) {
      hasAnyValues = true;
      internalValueResult.osName = this._osName;
    }
    if (this._osType !== undefined) {
      hasAnyValues = true;
      internalValueResult.osType = this._osType;
    }
    if (this._osVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.osVersion = this._osVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CustomImageSourceImport | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bosUrl = undefined;
      this._format = undefined;
      this._imageKind = undefined;
      this._osArch = undefined;
      this._osName = undefined;
      this._osType = undefined;
      this._osVersion = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bosUrl = value.bosUrl;
      this._format = value.format;
      this._imageKind = value.imageKind;
      this._osArch = value.osArch;
      this._osName = value.osName;
      this._osType = value.osType;
      this._osVersion = value.osVersion;
    }
  }

  // bos_url - computed: false, optional: false, required: true
  private _bosUrl?: string; 
  public get bosUrl() {
    return this.getStringAttribute('bos_url');
  }
  public set bosUrl(value: string) {
    this._bosUrl = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bosUrlInput() {
    return this._bosUrl;
  }

  // format - computed: false, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // image_kind - computed: false, optional: true, required: false
  private _imageKind?: string; 
  public get imageKind() {
    return this.getStringAttribute('image_kind');
  }
  public set imageKind(value: string) {
    this._imageKind = value;
  }
  public resetImageKind() {
    this._imageKind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageKindInput() {
    return this._imageKind;
  }

  // os_arch - computed: false, optional: false, required: true
  private _osArch?: string; 
  public get osArch() {
    return this.getStringAttribute('os_arch');
  }
  public set osArch(value: string) {
    this._osArch = value;
  }
  // Temporarily expose input value. Use with caution.
  public get osArchInput() {
    return this._osArch;
  }

  // os_name - computed: false, optional: false, required: true
  private _osName?: string; 
  public get osName() {
    return this.getStringAttribute('os_name');
  }
  public set osName(value: string) {
    this._osName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get osNameInput() {
    return this._osName;
  }

  // os_type - computed: false, optional: false, required: true
  private _osType?: string; 
  public get osType() {
    return this.getStringAttribute('os_type');
  }
  public set osType(value: string) {
    this._osType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get osTypeInput() {
    return this._osType;
  }

  // os_version - computed: false, optional: false, required: true
  private _osVersion?: string; 
  public get osVersion() {
    return this.getStringAttribute('os_version');
  }
  public set osVersion(value: string) {
    this._osVersion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get osVersionInput() {
    return this._osVersion;
  }
}
export interface CustomImageSource {
  /**
  * With `instance_id`: make an image of this data disk of the instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#data_disk_id CustomImage#data_disk_id}
  */
  readonly dataDiskId?: string;
  /**
  * With `instance_id`: a full-instance image, the system disk and every data disk.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#full_instance CustomImage#full_instance}
  */
  readonly fullInstance?: boolean | cdktf.IResolvable;
  /**
  * Instance (Running or Stopped) whose system disk the image is made from; with `data_disk_id` or `full_instance`, see those.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#instance_id CustomImage#instance_id}
  */
  readonly instanceId?: string;
  /**
  * Available system-disk snapshot the image is made from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#snapshot_id CustomImage#snapshot_id}
  */
  readonly snapshotId?: string;
  /**
  * import block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#import CustomImage#import}
  */
  readonly import?: CustomImageSourceImport;
}

export function customImageSourceToTerraform(struct?: CustomImageSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    data_disk_id: cdktf.stringToTerraform(struct!.dataDiskId),
    full_instance: cdktf.booleanToTerraform(struct!.fullInstance),
    instance_id: cdktf.stringToTerraform(struct!.instanceId),
    snapshot_id: cdktf.stringToTerraform(struct!.snapshotId),
    import: customImageSourceImportToTerraform(struct!.import),
  }
}


export function customImageSourceToHclTerraform(struct?: CustomImageSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    data_disk_id: {
      value: cdktf.stringToHclTerraform(struct!.dataDiskId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    full_instance: {
      value: cdktf.booleanToHclTerraform(struct!.fullInstance),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    instance_id: {
      value: cdktf.stringToHclTerraform(struct!.instanceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    snapshot_id: {
      value: cdktf.stringToHclTerraform(struct!.snapshotId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    import: {
      value: customImageSourceImportToHclTerraform(struct!.import),
      isBlock: true,
      type: "struct",
      storageClassType: "CustomImageSourceImport",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CustomImageSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CustomImageSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataDiskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskId = this._dataDiskId;
    }
    if (this._fullInstance !== undefined) {
      hasAnyValues = true;
      internalValueResult.fullInstance = this._fullInstance;
    }
    if (this._instanceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.instanceId = this._instanceId;
    }
    if (this._snapshotId !== undefined) {
      hasAnyValues = true;
      internalValueResult.snapshotId = this._snapshotId;
    }
    if (this._import?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.import = this._import?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CustomImageSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataDiskId = undefined;
      this._fullInstance = undefined;
      this._instanceId = undefined;
      this._snapshotId = undefined;
      this._import.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataDiskId = value.dataDiskId;
      this._fullInstance = value.fullInstance;
      this._instanceId = value.instanceId;
      this._snapshotId = value.snapshotId;
      this._import.internalValue = value.import;
    }
  }

  // data_disk_id - computed: false, optional: true, required: false
  private _dataDiskId?: string; 
  public get dataDiskId() {
    return this.getStringAttribute('data_disk_id');
  }
  public set dataDiskId(value: string) {
    this._dataDiskId = value;
  }
  public resetDataDiskId() {
    this._dataDiskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskIdInput() {
    return this._dataDiskId;
  }

  // full_instance - computed: false, optional: true, required: false
  private _fullInstance?: boolean | cdktf.IResolvable; 
  public get fullInstance() {
    return this.getBooleanAttribute('full_instance');
  }
  public set fullInstance(value: boolean | cdktf.IResolvable) {
    this._fullInstance = value;
  }
  public resetFullInstance() {
    this._fullInstance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fullInstanceInput() {
    return this._fullInstance;
  }

  // instance_id - computed: false, optional: true, required: false
  private _instanceId?: string; 
  public get instanceId() {
    return this.getStringAttribute('instance_id');
  }
  public set instanceId(value: string) {
    this._instanceId = value;
  }
  public resetInstanceId() {
    this._instanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceIdInput() {
    return this._instanceId;
  }

  // snapshot_id - computed: false, optional: true, required: false
  private _snapshotId?: string; 
  public get snapshotId() {
    return this.getStringAttribute('snapshot_id');
  }
  public set snapshotId(value: string) {
    this._snapshotId = value;
  }
  public resetSnapshotId() {
    this._snapshotId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotIdInput() {
    return this._snapshotId;
  }

  // import - computed: false, optional: true, required: false
  private _import = new CustomImageSourceImportOutputReference(this, "import");
  public get import() {
    return this._import;
  }
  public putImport(value: CustomImageSourceImport) {
    this._import.internalValue = value;
  }
  public resetImport() {
    this._import.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get importInput() {
    return this._import.internalValue;
  }
}
export interface CustomImageTimeouts {
  /**
  * How long to wait for the create operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#create CustomImage#create}
  */
  readonly create?: string;
  /**
  * How long to wait for the delete operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#delete CustomImage#delete}
  */
  readonly delete?: string;
  /**
  * How long to wait for the update operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#update CustomImage#update}
  */
  readonly update?: string;
}

export function customImageTimeoutsToTerraform(struct?: CustomImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function customImageTimeoutsToHclTerraform(struct?: CustomImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CustomImageTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CustomImageTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CustomImageTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image imagecloud_custom_image}
*/
export class CustomImage extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "imagecloud_custom_image";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CustomImage resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CustomImage to import
  * @param importFromId The id of the existing CustomImage that should be imported. Refer to the {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CustomImage to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "imagecloud_custom_image", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/custom_image imagecloud_custom_image} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CustomImageConfig
  */
  public constructor(scope: Construct, id: string, config: CustomImageConfig) {
    super(scope, id, {
      terraformResourceType: 'imagecloud_custom_image',
      terraformGeneratorMetadata: {
        providerName: 'imagecloud',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._description = config.description;
    this._encryptKey = config.encryptKey;
    this._forceUnshare = config.forceUnshare;
    this._maxMemoryMb = config.maxMemoryMb;
    this._minMemoryMb = config.minMemoryMb;
    this._name = config.name;
    this._nicMultiQueue = config.nicMultiQueue;
    this._sriov = config.sriov;
    this._tags = config.tags;
    this._source.internalValue = config.source;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // data_disk_sizes - computed: true, optional: false, required: false
  public get dataDiskSizes() {
    return this.getNumberListAttribute('data_disk_sizes');
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // encrypt_key - computed: true, optional: true, required: false
  private _encryptKey?: string; 
  public get encryptKey() {
    return this.getStringAttribute('encrypt_key');
  }
  public set encryptKey(value: string) {
    this._encryptKey = value;
  }
  public resetEncryptKey() {
    this._encryptKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptKeyInput() {
    return this._encryptKey;
  }

  // encrypted - computed: true, optional: false, required: false
  public get encrypted() {
    return this.getBooleanAttribute('encrypted');
  }

  // force_unshare - computed: true, optional: true, required: false
  private _forceUnshare?: boolean | cdktf.IResolvable; 
  public get forceUnshare() {
    return this.getBooleanAttribute('force_unshare');
  }
  public set forceUnshare(value: boolean | cdktf.IResolvable) {
    this._forceUnshare = value;
  }
  public resetForceUnshare() {
    this._forceUnshare = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceUnshareInput() {
    return this._forceUnshare;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // max_memory_mb - computed: true, optional: true, required: false
  private _maxMemoryMb?: number; 
  public get maxMemoryMb() {
    return this.getNumberAttribute('max_memory_mb');
  }
  public set maxMemoryMb(value: number) {
    this._maxMemoryMb = value;
  }
  public resetMaxMemoryMb() {
    this._maxMemoryMb = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxMemoryMbInput() {
    return this._maxMemoryMb;
  }

  // min_disk_gb - computed: true, optional: false, required: false
  public get minDiskGb() {
    return this.getNumberAttribute('min_disk_gb');
  }

  // min_memory_mb - computed: true, optional: true, required: false
  private _minMemoryMb?: number; 
  public get minMemoryMb() {
    return this.getNumberAttribute('min_memory_mb');
  }
  public set minMemoryMb(value: number) {
    this._minMemoryMb = value;
  }
  public resetMinMemoryMb() {
    this._minMemoryMb = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minMemoryMbInput() {
    return this._minMemoryMb;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // nic_multi_queue - computed: true, optional: true, required: false
  private _nicMultiQueue?: boolean | cdktf.IResolvable; 
  public get nicMultiQueue() {
    return this.getBooleanAttribute('nic_multi_queue');
  }
  public set nicMultiQueue(value: boolean | cdktf.IResolvable) {
    this._nicMultiQueue = value;
  }
  public resetNicMultiQueue() {
    this._nicMultiQueue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nicMultiQueueInput() {
    return this._nicMultiQueue;
  }

  // os_arch - computed: true, optional: false, required: false
  public get osArch() {
    return this.getStringAttribute('os_arch');
  }

  // os_name - computed: true, optional: false, required: false
  public get osName() {
    return this.getStringAttribute('os_name');
  }

  // os_type - computed: true, optional: false, required: false
  public get osType() {
    return this.getStringAttribute('os_type');
  }

  // os_version - computed: true, optional: false, required: false
  public get osVersion() {
    return this.getStringAttribute('os_version');
  }

  // size_gb - computed: true, optional: false, required: false
  public get sizeGb() {
    return this.getNumberAttribute('size_gb');
  }

  // sriov - computed: true, optional: true, required: false
  private _sriov?: boolean | cdktf.IResolvable; 
  public get sriov() {
    return this.getBooleanAttribute('sriov');
  }
  public set sriov(value: boolean | cdktf.IResolvable) {
    this._sriov = value;
  }
  public resetSriov() {
    this._sriov = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sriovInput() {
    return this._sriov;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // supports_local_system_disk - computed: true, optional: false, required: false
  public get supportsLocalSystemDisk() {
    return this.getBooleanAttribute('supports_local_system_disk');
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // source - computed: false, optional: true, required: false
  private _source = new CustomImageSourceOutputReference(this, "source");
  public get source() {
    return this._source;
  }
  public putSource(value: CustomImageSource) {
    this._source.internalValue = value;
  }
  public resetSource() {
    this._source.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new CustomImageTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: CustomImageTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      encrypt_key: cdktf.stringToTerraform(this._encryptKey),
      force_unshare: cdktf.booleanToTerraform(this._forceUnshare),
      max_memory_mb: cdktf.numberToTerraform(this._maxMemoryMb),
      min_memory_mb: cdktf.numberToTerraform(this._minMemoryMb),
      name: cdktf.stringToTerraform(this._name),
      nic_multi_queue: cdktf.booleanToTerraform(this._nicMultiQueue),
      sriov: cdktf.booleanToTerraform(this._sriov),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      source: customImageSourceToTerraform(this._source.internalValue),
      timeouts: customImageTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encrypt_key: {
        value: cdktf.stringToHclTerraform(this._encryptKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_unshare: {
        value: cdktf.booleanToHclTerraform(this._forceUnshare),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_memory_mb: {
        value: cdktf.numberToHclTerraform(this._maxMemoryMb),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      min_memory_mb: {
        value: cdktf.numberToHclTerraform(this._minMemoryMb),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nic_multi_queue: {
        value: cdktf.booleanToHclTerraform(this._nicMultiQueue),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sriov: {
        value: cdktf.booleanToHclTerraform(this._sriov),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      source: {
        value: customImageSourceToHclTerraform(this._source.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CustomImageSource",
      },
      timeouts: {
        value: customImageTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CustomImageTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
