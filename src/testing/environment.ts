/** The environment that points Terraform, cdktf and the provider at an emulator. */
import type { Region } from '../api/schemas';
import type { DevAccount } from '../emulator';

/** The variables terraformEnvironment sets. */
export interface TerraformEnvironment {
  /** The CLI config that installs the provider from its mirror. */
  TF_CLI_CONFIG_FILE: string;
  /** Keeps Terraform from calling HashiCorp's checkpoint service. */
  CHECKPOINT_DISABLE: '1';
  /** The emulator's endpoint template, read by the provider and the CLI. */
  IMAGECLOUD_ENDPOINT: string;
  /** The account's keys, read by the provider and the client. */
  BCE_ACCESS_KEY_ID: string;
  BCE_SECRET_ACCESS_KEY: string;
  /** The default region of the provider and of ImageCloudProvider (BCE_REGION wins over IMAGECLOUD_REGION, so both are set). */
  BCE_REGION: Region;
  /** The default region of the `imagecloud` CLI. */
  IMAGECLOUD_REGION: Region;
}

/**
 * The environment variables that make `terraform`, `cdktf` and
 * `toPlanSuccessfully()` use the installed provider against the emulator,
 * signed in as one of its development accounts:
 * `{ ...process.env, ...terraformEnvironment(emulator, provider) }`.
 *
 * @param emulator From startEmulatorProcess (or anything with its endpoint and accounts).
 * @param provider From installTestProvider (or anything with its configFile).
 * @param account A development account's name (default `dev`) or the account itself.
 * @param region Default `bj`.
 */
export function terraformEnvironment(
  emulator: { endpoint: string; accounts: readonly DevAccount[] },
  provider: { configFile: string },
  account: string | DevAccount = 'dev',
  region: Region = 'bj',
): TerraformEnvironment {
  const signIn = typeof account === 'string' ? devAccount(emulator.accounts, account) : account;
  return {
    TF_CLI_CONFIG_FILE: provider.configFile,
    CHECKPOINT_DISABLE: '1',
    IMAGECLOUD_ENDPOINT: emulator.endpoint,
    BCE_ACCESS_KEY_ID: signIn.accessKeyId,
    BCE_SECRET_ACCESS_KEY: signIn.secretAccessKey,
    BCE_REGION: region,
    IMAGECLOUD_REGION: region,
  };
}

/** The development account named `name`; throws, listing the names, when there is none. */
export function devAccount(accounts: readonly DevAccount[], name: string): DevAccount {
  const found = accounts.find((account) => account.name === name);
  if (!found) throw new Error(`no development account "${name}"; the emulator has ${accounts.map((account) => account.name).join(', ')}`);
  return found;
}
