#!/usr/bin/env node
// The `lessons` command: runs the TypeScript CLI in lib/cli through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
