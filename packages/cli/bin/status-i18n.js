#!/usr/bin/env node
// The command is the built library's run(); this file only hands it the process.
import { EXIT_OUTPUT, run } from '../dist/index.js';

// `status-i18n list | head` closes the pipe early: that is the reader's choice, not an error to report. Any other
// failure to write the answer (`> /dev/full`, a full disk) is said in one line, with its own exit status: 1 means
// "not found", and a stack trace would say the command crashed.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`status-i18n: the output could not be written: ${error.message}\n`);
  process.exit(EXIT_OUTPUT);
});
// `status-i18n --bogus 2>&1 | head -1`: the reader left before the message; the exit code still says what happened
// (2 for a usage error), not the crash of an unhandled write error (1, which means "not found").
process.stderr.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exit(EXIT_OUTPUT);
});

process.exitCode = run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
