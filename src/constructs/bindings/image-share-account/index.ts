// https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdktf';

// Configuration

export interface ImageShareAccountConfig extends cdktf.TerraformMetaArguments {
  /**
  * The account to share the image with: an account name, or an account id (32 hexadecimal digits). Terraform keeps the form you wrote.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account#account ImageShareAccount#account}
  */
  readonly account: string;
  /**
  * The custom image to share; it must be `Available`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account#image_id ImageShareAccount#image_id}
  */
  readonly imageId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account imagecloud_image_share_account}
*/
export class ImageShareAccount extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "imagecloud_image_share_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ImageShareAccount resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ImageShareAccount to import
  * @param importFromId The id of the existing ImageShareAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ImageShareAccount to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "imagecloud_image_share_account", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs/resources/image_share_account imagecloud_image_share_account} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ImageShareAccountConfig
  */
  public constructor(scope: Construct, id: string, config: ImageShareAccountConfig) {
    super(scope, id, {
      terraformResourceType: 'imagecloud_image_share_account',
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
    this._account = config.account;
    this._imageId = config.imageId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account - computed: false, optional: false, required: true
  private _account?: string; 
  public get account() {
    return this.getStringAttribute('account');
  }
  public set account(value: string) {
    this._account = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accountInput() {
    return this._account;
  }

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getStringAttribute('account_id');
  }

  // account_name - computed: true, optional: false, required: false
  public get accountName() {
    return this.getStringAttribute('account_name');
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

  // uc_account - computed: true, optional: false, required: false
  public get ucAccount() {
    return this.getStringAttribute('uc_account');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      account: cdktf.stringToTerraform(this._account),
      image_id: cdktf.stringToTerraform(this._imageId),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      account: {
        value: cdktf.stringToHclTerraform(this._account),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
