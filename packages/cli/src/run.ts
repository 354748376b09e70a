import { type Command, parseArguments } from './args';
import { catalog } from './catalog';
import { createPaint, wantsColor } from './color';
import { type CommandContext, EXIT_OK, EXIT_USAGE } from './commands/context';
import { docsCommand } from './commands/docs';
import { listCommand } from './commands/list';
import { lookupCommand } from './commands/lookup';
import { searchCommand } from './commands/search';
import { type Environment, localeFromEnv } from './env-locale';
import { uiStrings } from './ui';
import { VERSION } from './version';

/** A stream the command writes to; `process.stdout` fits. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Where {@link run} reads and writes: the process's by default, other ones in tests and embedders. */
export interface RunIO {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Environment;
}

const primaryLanguage = (tag: string) => tag.split('-')[0]?.toLowerCase();

// Help is answered by run() itself: it is the one output that may go to stderr.
function execute(command: Exclude<Command, { name: 'help' }>, context: CommandContext): number {
  switch (command.name) {
    case 'lookup':
      return lookupCommand(command.code, command.protocol, context, command.written);
    case 'search':
      return searchCommand(command.query, command.protocol, context);
    case 'list':
      return listCommand(command.protocol, context);
    case 'docs':
      return docsCommand(context);
    case 'version':
      context.print(`${VERSION}\n`);
      return EXIT_OK;
  }
}

/**
 * Runs the `status-i18n` command line and returns its exit status: 0 found, 1 unknown code or no search
 * result, 2 a wrong command line (3, the answer could not be written, is the bin's: a write to `io.stdout` fails
 * there). Answers go to `io.stdout`, errors to `io.stderr`; nothing throws.
 *
 * The language is `--lang`, else the environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 * Colours only when stdout is a TTY and `NO_COLOR` is unset, or when `FORCE_COLOR` asks for them; never in
 * `--json` or `docs` output.
 *
 * @example
 * ```ts
 * import { run } from '@status-i18n/cli';
 * process.exitCode = run(['404', '--lang', 'zh-CN']); // prints "404 未找到" …
 * ```
 */
export function run(
  argv: readonly string[],
  io: RunIO = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): number {
  const parsed = parseArguments(argv);
  const lang = parsed.ok ? parsed.invocation.lang : parsed.lang;
  const locale = catalog.resolveLocale(lang ?? localeFromEnv(io.env));
  const ui = uiStrings(locale);
  const error = (message: string) => {
    io.stderr.write(`status-i18n: ${message}\n`);
  };
  if (!parsed.ok) {
    error(parsed.problem(ui.errors));
    io.stderr.write(`${ui.errors.seeHelp}\n`);
    return EXIT_USAGE;
  }
  const { command, json } = parsed.invocation;
  if (command.name === 'help') {
    (command.asError ? io.stderr : io.stdout).write(ui.help(catalog.locales));
    return command.asError ? EXIT_USAGE : EXIT_OK;
  }
  if (lang !== undefined && primaryLanguage(lang) !== primaryLanguage(locale)) {
    error(ui.errors.languageFallback(lang, locale));
  }
  const colored = !json && command.name !== 'docs' && wantsColor(io.stdout, io.env);
  const context: CommandContext = {
    locale,
    ui,
    paint: createPaint(colored),
    json,
    print: (text) => {
      io.stdout.write(text);
    },
    error,
  };
  return execute(command, context);
}
