/**
 * Runs a benchmark's main function: its result is the exit code (1 = a target was missed), and a failure to run
 * at all (bad flag, failed build, server that never answered) is one readable line and exit code 2, not a stack.
 */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
