// https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdktf';

// Configuration

export interface ImageExportConfig extends cdktf.TerraformMetaArguments {
  /**
  * Destination, `bos://bucket` or `bos://bucket/prefix`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#bos_url ImageExport#bos_url}
  */
  readonly bosUrl: string;
  /**
  * File format of the export.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#format ImageExport#format}
  */
  readonly format: string;
  /**
  * The custom image to export; it must be `Available` and not encrypted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#image_id ImageExport#image_id}
  */
  readonly imageId: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#timeouts ImageExport#timeouts}
  */
  readonly timeouts?: ImageExportTimeouts;
}
export interface ImageExportTimeouts {
  /**
  * How long to wait for the create operation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#create ImageExport#create}
  */
  readonly create?: string;
}

export function imageExportTimeoutsToTerraform(struct?: ImageExportTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
  }
}


export function imageExportTimeoutsToHclTerraform(struct?: ImageExportTimeouts | cdktf.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ImageExportTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ImageExportTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ImageExportTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export imagecloud_image_export}
*/
export class ImageExport extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "imagecloud_image_export";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ImageExport resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ImageExport to import
  * @param importFromId The id of the existing ImageExport that should be imported. Refer to the {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ImageExport to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "imagecloud_image_export", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_export imagecloud_image_export} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ImageExportConfig
  */
  public constructor(scope: Construct, id: string, config: ImageExportConfig) {
    super(scope, id, {
      terraformResourceType: 'imagecloud_image_export',
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
    this._bosUrl = config.bosUrl;
    this._format = config.format;
    this._imageId = config.imageId;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // format - computed: false, optional: false, required: true
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // image_id - computed: false, optional: false, required: true
  private _imageId?: string; 
  public get imageId() {
    return this.getStringAttribute('image_id');
  }
  public set imageId(value: string) {
    this._imageId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get imageIdInput() {
    return this._imageId;
  }

  // object_url - computed: true, optional: false, required: false
  public get objectUrl() {
    return this.getStringAttribute('object_url');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // task_id - computed: true, optional: false, required: false
  public get taskId() {
    return this.getStringAttribute('task_id');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ImageExportTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ImageExportTimeouts) {
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
      bos_url: cdktf.stringToTerraform(this._bosUrl),
      format: cdktf.stringToTerraform(this._format),
      image_id: cdktf.stringToTerraform(this._imageId),
      timeouts: imageExportTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bos_url: {
        value: cdktf.stringToHclTerraform(this._bosUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      format: {
        value: cdktf.stringToHclTerraform(this._format),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      image_id: {
        value: cdktf.stringToHclTerraform(this._imageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: imageExportTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ImageExportTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
