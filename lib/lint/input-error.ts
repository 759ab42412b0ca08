/** Bad input to the linter itself (a path, the config): the CLI prints the message and exits 2. */
export class LintInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LintInputError';
  }
}
