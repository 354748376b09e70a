export { type Command, type Invocation, type ParseResult, type Problem, parseArguments } from './args';
export { createPaint, type Paint, type Style, wantsColor } from './color';
export { EXIT_NOT_FOUND, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE } from './commands/context';
export { searchCodes } from './commands/search';
export { type ClassEntry, classEntries, codeEntries } from './entries';
export { type Environment, localeFromEnv } from './env-locale';
export { formatList, formatLookup, formatSearch } from './format';
export { renderReference } from './reference/render';
export { type Output, type RunIO, run } from './run';
export {
  type DocsStrings,
  type ErrorStrings,
  type RangeTableHeadings,
  type UiStrings,
  uiStrings,
  type WebSocketTableHeadings,
} from './ui';
export { VERSION } from './version';
