// https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdktf';

// Configuration

export interface ImageCopyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Region to copy the image to; not the provider's region.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#destination_region ImageCopy#destination_region}
  */
  readonly destinationRegion: string;
  /**
  * KMS key id in the destination region to encrypt the copy with; required when the source is encrypted (KMS keys are regional).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#encrypt_key ImageCopy#encrypt_key}
  */
  readonly encryptKey?: string;
  /**
  * Name of the copy; defaults to the source image's name. Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#name ImageCopy#name}
  */
  readonly name?: string;
  /**
  * The custom image to copy, in the provider's region; it must be `Available`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#source_image_id ImageCopy#source_image_id}
  */
  readonly sourceImageId: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#timeouts ImageCopy#timeouts}
  */
  readonly timeouts?: ImageCopyTimeouts;
}
export interface ImageCopyTimeouts {
  /**
  * How long to wait for the create operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#create ImageCopy#create}
  */
  readonly create?: string;
  /**
  * How long to wait for the delete operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#delete ImageCopy#delete}
  */
  readonly delete?: string;
}

export function imageCopyTimeoutsToTerraform(struct?: ImageCopyTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function imageCopyTimeoutsToHclTerraform(struct?: ImageCopyTimeouts | cdktf.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ImageCopyTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ImageCopyTimeouts | cdktf.IResolvable | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ImageCopyTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy imagecloud_image_copy}
*/
export class ImageCopy extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "imagecloud_image_copy";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ImageCopy resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ImageCopy to import
  * @param importFromId The id of the existing ImageCopy that should be imported. Refer to the {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ImageCopy to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "imagecloud_image_copy", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_copy imagecloud_image_copy} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ImageCopyConfig
  */
  public constructor(scope: Construct, id: string, config: ImageCopyConfig) {
    super(scope, id, {
      terraformResourceType: 'imagecloud_image_copy',
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
    this._destinationRegion = config.destinationRegion;
    this._encryptKey = config.encryptKey;
    this._name = config.name;
    this._sourceImageId = config.sourceImageId;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // destination_region - computed: false, optional: false, required: true
  private _destinationRegion?: string; 
  public get destinationRegion() {
    return this.getStringAttribute('destination_region');
  }
  public set destinationRegion(value: string) {
    this._destinationRegion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationRegionInput() {
    return this._destinationRegion;
  }

  // encrypt_key - computed: false, optional: true, required: false
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // image_id - computed: true, optional: false, required: false
  public get imageId() {
    return this.getStringAttribute('image_id');
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // source_image_id - computed: false, optional: false, required: true
  private _sourceImageId?: string; 
  public get sourceImageId() {
    return this.getStringAttribute('source_image_id');
  }
  public set sourceImageId(value: string) {
    this._sourceImageId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceImageIdInput() {
    return this._sourceImageId;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ImageCopyTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ImageCopyTimeouts) {
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
      destination_region: cdktf.stringToTerraform(this._destinationRegion),
      encrypt_key: cdktf.stringToTerraform(this._encryptKey),
      name: cdktf.stringToTerraform(this._name),
      source_image_id: cdktf.stringToTerraform(this._sourceImageId),
      timeouts: imageCopyTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      destination_region: {
        value: cdktf.stringToHclTerraform(this._destinationRegion),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_image_id: {
        value: cdktf.stringToHclTerraform(this._sourceImageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: imageCopyTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ImageCopyTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
