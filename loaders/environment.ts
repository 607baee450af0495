/**
 * The deployment environment named by APP_ENV. Only the explicit variable is read here; detection
 * from the checkout path or a container belongs to the environments work, which extends this.
 */
export type AppEnv = "local" | "preprod" | "prod";

const ALIASES: Record<string, AppEnv> = {
  local: "local",
  preprod: "preprod",
  prod: "prod",
  production: "prod",
};

export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

export function parseAppEnv(value: string | undefined): AppEnv {
  if (value === undefined || value.trim() === "") return "local";
  const env = ALIASES[value.trim().toLowerCase()];
  if (!env) {
    throw new EnvironmentError(
      `APP_ENV=${JSON.stringify(value)} is not an environment: use local, preprod, prod (or production)`,
    );
  }
  return env;
}
