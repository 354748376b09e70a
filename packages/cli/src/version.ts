// Replaced by tsup (`define`) with the version in package.json; absent when the sources run unbundled.
declare const __STATUS_I18N_CLI_VERSION__: string | undefined;

/**
 * The version of @status-i18n/cli, as `status-i18n --version` prints it.
 *
 * @example
 * ```ts
 * VERSION; // '0.1.0'
 * ```
 */
export const VERSION: string =
  typeof __STATUS_I18N_CLI_VERSION__ === 'string' ? __STATUS_I18N_CLI_VERSION__ : '0.0.0-development';
