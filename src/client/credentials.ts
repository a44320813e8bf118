import type { Credentials } from '../api/signer';
import { MissingCredentialsError } from './errors';

/** Credentials from the options, else from BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / BCE_SESSION_TOKEN. */
export function resolveCredentials(given: Credentials | undefined, env: NodeJS.ProcessEnv = process.env): Credentials {
  if (given) {
    if (!given.accessKeyId || !given.secretAccessKey) throw new MissingCredentialsError();
    return given;
  }
  const accessKeyId = env.BCE_ACCESS_KEY_ID;
  const secretAccessKey = env.BCE_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new MissingCredentialsError();
  const sessionToken = env.BCE_SESSION_TOKEN;
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
