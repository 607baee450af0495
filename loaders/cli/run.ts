/** Runs a command-line entry: expected errors print their message and exit, with no stack trace. */
import { EnvironmentError } from "../environment.ts";

type ErrorClass = abstract new (...args: never[]) => Error;

function isArgumentError(error: unknown): boolean {
  // node:util parseArgs reports unknown flags and missing values with ERR_PARSE_ARGS_* codes.
  return (
    error instanceof TypeError &&
    String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS")
  );
}

export async function runCli(
  main: () => Promise<void>,
  expected: ErrorClass[] = [],
): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isArgumentError(error)) {
      console.error(`error: ${(error as Error).message}`);
      process.exitCode = 2;
    } else if ([EnvironmentError, ...expected].some((cls) => error instanceof cls)) {
      console.error(`error: ${(error as Error).message}`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}
