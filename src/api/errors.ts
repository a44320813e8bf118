/**
 * Every error code the image API answers, with its HTTP status. The emulator
 * answers with these; the client maps them to typed errors. BCC's image codes
 * carry the `Image.` prefix; the common BCE codes do not.
 */
export const ERROR_CODES = {
  // Common BCE codes.
  AccessDenied: 403,
  InappropriateJSON: 400,
  InternalError: 500,
  InvalidAccessKeyId: 403,
  InvalidHTTPAuthHeader: 400,
  InvalidHTTPRequest: 400,
  InvalidURI: 404,
  InvalidParameter: 400,
  MalformedJSON: 400,
  MethodNotAllowed: 405,
  PreconditionFailed: 412,
  RequestExpired: 400,
  SignatureDoesNotMatch: 400,
  BadDigest: 400,
  RequestEntityTooLarge: 413,
  ServiceUnavailable: 503,
  Throttling: 429,
  IdempotentParameterMismatch: 409,
  // Image codes from the BCC reference.
  'Image.ImageNotExist': 404,
  'Image.ImageNameInvalid': 400,
  'Image.ImageQuotaExceedLimit': 413,
  'Image.InstanceStatusForbidden': 409,
  'Image.SnapshotStatusForbidden': 409,
  'Image.UnCustomImageCannotBeDeleted': 403,
  'Image.CreatingImageCannotBeDeleted': 409,
  'Image.ImageHasBeenSharedToOthers': 409,
  'Image.UnCustomImageCannotBeShared': 403,
  'Image.InvalidAccount': 400,
  'Image.AccountListIsEmpty': 400,
  'Image.ExceedSharedToUserNumQuota': 413,
  'Image.CannotShareToOwner': 403,
  'Image.AccountHasBeenShared': 409,
  'Image.ExceedAcceptSharedImageNumQuota': 413,
  'Image.RegionNotSupportCopy': 409,
  'Image.ImageNotSupportCopy': 409,
  'Image.ImageStatusForbidden': 409,
  // Codes this project adds where the reference is silent (docs/api.md says why).
  'Image.AccountHasNotBeenShared': 409,
  'Image.InvalidEncryptKey': 400,
  'Image.EncryptKeyRequired': 400,
  'Image.TagLimitExceeded': 400,
  'Image.InvalidSnapshot': 400,
  'Image.InvalidDataDisk': 400,
  'Image.TaskNotExist': 404,
  'Instance.InstanceNotExist': 404,
  // Instance codes (the image-consuming slice of the instance API; docs/api.md "Instances").
  'Instance.InstanceQuotaExceedLimit': 413,
  'Instance.InstanceStatusForbidden': 409,
  'Instance.ImageNotSupportLocalSystemDisk': 400,
  'Instance.MemoryNotSupportedByImage': 400,
  'Instance.DataDiskImageCannotBoot': 400,
  'Instance.RootDiskTooSmall': 400,
  'Snapshot.SnapshotNotExist': 404,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code];
}
