/** What the deployment commands share: which environment a flag names, and expected errors. */
import { type AppEnv, detectEnvironment, EnvironmentError } from "../../loaders/environment.ts";
import { ManifestError } from "../site/manifest.ts";
import { DeployError } from "./releases.ts";

export const EXPECTED_ERRORS = [DeployError, ManifestError, EnvironmentError];

/** `--env` as APP_ENV would read it; without it, the detected environment. */
export function envFlag(value: string | undefined): AppEnv {
  return detectEnvironment(value === undefined ? {} : { env: { APP_ENV: value } }).env;
}
