#!/usr/bin/env node
// The opengov-widgets command. The commands live in dist/cli/ (compiled from src/cli/).
import { readFileSync } from 'node:fs';
import process from 'node:process';

const [command, ...rest] = process.argv.slice(2);

async function load() {
  try {
    return await import('../dist/cli/validate.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write(
      `opengov-widgets: the compiled library is missing (${error.message}). In a clone, run "npm run build:npm" first.\n`,
    );
    process.exit(2);
  }
}

const HELP = `Usage: opengov-widgets <command>

Commands:
  validate <file-or-url> [options]   check a data file before publishing it (validate --help for options)

  -h, --help      this help
  -v, --version   the version
`;

if (command === 'validate') {
  const { main } = await load();
  process.exitCode = await main(rest);
} else if (command === '--version' || command === '-v') {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(HELP);
} else {
  process.stderr.write(`opengov-widgets: unknown command "${command}".\n\n${HELP}`);
  process.exitCode = 2;
}
