import { ContentError, formatDiagnostic } from '../content/diagnostic';
import { EXIT, processIO, UsageError, type CliIO } from './io';
import { COMMANDS } from './commands';

const HELP = `Usage: lessons <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "lessons <command> --help" for a command's options.`;

/** Runs the CLI and returns its exit code: 0 success, 1 findings, 2 usage or internal error. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`lessons: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lessons ${name}: ${error.message}\nRun "lessons ${name} --help" for usage.`);
      return EXIT.usage;
    }
    if (error instanceof ContentError) {
      io.err(`lessons ${name}: the content has problems:\n${error.diagnostics.map(formatDiagnostic).join('\n')}`);
      return EXIT.usage;
    }
    io.err(`lessons ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.usage;
  }
}
