// https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdktf';

// Configuration

export interface ImagecloudProviderConfig {
  /**
  * Access key id. Defaults to `BCE_ACCESS_KEY_ID`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#access_key ImagecloudProvider#access_key}
  */
  readonly accessKey?: string;
  /**
  * Where requests go: a template with `{region}` (`http://{region}.localhost:4566` or `http://127.0.0.1:4566/region/{region}` for the emulator), or the URL of the provider's region alone (`http://bj.localhost:4566`). Defaults to `IMAGECLOUD_ENDPOINT`, then `https://bcc.{region}.baidubce.com`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#endpoint ImagecloudProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Per-region URLs, ahead of `endpoint`: the region a copy goes to, when `endpoint` has no `{region}` (the emulator's `--region-ports`, say: `{ bj = "http://127.0.0.1:4567", gz = "http://127.0.0.1:4568" }`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#endpoints ImagecloudProvider#endpoints}
  */
  readonly endpoints?: { [key: string]: string };
  /**
  * How many times a failed read (throttling, 5xx, dropped connection) is retried before it fails. Unset, reads are retried with backoff for up to 2 minutes. Writes carry an idempotency token and are retried for up to 2 minutes (a create until its `timeouts.create`), whatever this says.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#max_retries ImagecloudProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Region the provider manages images in: one of `bj`, `gz`, `su`, `bd`, `fwh`, `hkg`. Defaults to `BCE_REGION`, then `IMAGECLOUD_REGION` from the environment; one of them is required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#region ImagecloudProvider#region}
  */
  readonly region?: string;
  /**
  * Secret access key. Defaults to `BCE_SECRET_ACCESS_KEY`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#secret_key ImagecloudProvider#secret_key}
  */
  readonly secretKey?: string;
  /**
  * Security token of temporary credentials. Defaults to `BCE_SESSION_TOKEN`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#session_token ImagecloudProvider#session_token}
  */
  readonly sessionToken?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#alias ImagecloudProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs imagecloud}
*/
export class ImagecloudProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "imagecloud";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ImagecloudProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ImagecloudProvider to import
  * @param importFromId The id of the existing ImagecloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ImagecloudProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "imagecloud", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/imagecloud/imagecloud/0.1.0/docs imagecloud} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ImagecloudProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ImagecloudProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'imagecloud',
      terraformGeneratorMetadata: {
        providerName: 'imagecloud',
        providerVersion: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/imagecloud/imagecloud'
    });
    this._accessKey = config.accessKey;
    this._endpoint = config.endpoint;
    this._endpoints = config.endpoints;
    this._maxRetries = config.maxRetries;
    this._region = config.region;
    this._secretKey = config.secretKey;
    this._sessionToken = config.sessionToken;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_key - computed: false, optional: true, required: false
  private _accessKey?: string; 
  public get accessKey() {
    return this._accessKey;
  }
  public set accessKey(value: string | undefined) {
    this._accessKey = value;
  }
  public resetAccessKey() {
    this._accessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyInput() {
    return this._accessKey;
  }

  // endpoint - computed: false, optional: true, required: false
  private _endpoint?: string; 
  public get endpoint() {
    return this._endpoint;
  }
  public set endpoint(value: string | undefined) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: { [key: string]: string }; 
  public get endpoints() {
    return this._endpoints;
  }
  public set endpoints(value: { [key: string]: string } | undefined) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // secret_key - computed: false, optional: true, required: false
  private _secretKey?: string; 
  public get secretKey() {
    return this._secretKey;
  }
  public set secretKey(value: string | undefined) {
    this._secretKey = value;
  }
  public resetSecretKey() {
    this._secretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // session_token - computed: false, optional: true, required: false
  private _sessionToken?: string; 
  public get sessionToken() {
    return this._sessionToken;
  }
  public set sessionToken(value: string | undefined) {
    this._sessionToken = value;
  }
  public resetSessionToken() {
    this._sessionToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionTokenInput() {
    return this._sessionToken;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public override get alias() {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      access_key: cdktf.stringToTerraform(this._accessKey),
      endpoint: cdktf.stringToTerraform(this._endpoint),
      endpoints: cdktf.hashMapper(cdktf.stringToTerraform)(this._endpoints),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      region: cdktf.stringToTerraform(this._region),
      secret_key: cdktf.stringToTerraform(this._secretKey),
      session_token: cdktf.stringToTerraform(this._sessionToken),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_key: {
        value: cdktf.stringToHclTerraform(this._accessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint: {
        value: cdktf.stringToHclTerraform(this._endpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoints: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._endpoints),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_key: {
        value: cdktf.stringToHclTerraform(this._secretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      session_token: {
        value: cdktf.stringToHclTerraform(this._sessionToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
