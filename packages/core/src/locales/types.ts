import type { FtpClassKey, FtpCode } from '../codes/ftp';
import type { HttpClassKey, HttpCode } from '../codes/http';
import type { Message } from '../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../codes/websocket';
import type { HtmlLabels } from './html-labels';
import type { ValidationMessages } from './validation-types';

/** The words of one shipped locale, complete for every code and class. */
export interface LocaleMessages {
  readonly http: Readonly<Record<HttpCode | HttpClassKey, Message>>;
  readonly ftp: Readonly<Record<FtpCode | FtpClassKey, Message>>;
  readonly websocket: Readonly<Record<WebSocketCode | WebSocketClassKey, Message>>;
}

/** A shipped locale that a test (not the type checker) holds complete. */
export type PartialLocaleMessages = {
  readonly [Protocol in keyof LocaleMessages]: Partial<LocaleMessages[Protocol]>;
};

/**
 * Words to add or override for one protocol: by code (`404`, also codes the catalog lacks) or by class key
 * (`'4xx'`, `'0-999'`). Either field may be left out to keep the catalog's.
 */
export type ProtocolMessageOverrides<Known extends string | number> = {
  readonly [Code in Known]?: Partial<Message>;
} & { readonly [code: number]: Partial<Message> };

/** Words to add or override for one locale. */
export interface LocaleMessageOverrides {
  readonly http?: ProtocolMessageOverrides<HttpCode | HttpClassKey>;
  readonly ftp?: ProtocolMessageOverrides<FtpCode | FtpClassKey>;
  readonly websocket?: ProtocolMessageOverrides<WebSocketCode | WebSocketClassKey>;
  /**
   * The HTML error page's own words, also used by the text body (`Details`, `Request ID`, …). What is left out comes from the shipped labels
   * of the locale or its language, else from the default locale's.
   */
  readonly html?: Partial<HtmlLabels>;
  /** The words of validation problems and field errors, ICU MessageFormat (see `ValidationMessages`). */
  readonly validation?: Partial<ValidationMessages>;
}

/**
 * A language the catalog loads only when asked (`import { ja } from '@status-i18n/core/locales/ja'`, then
 * `createCatalog({ locales: [ja] })`): every word of the library in it, complete for every code and class. The
 * type checker holds it complete.
 */
export interface LocalePack {
  /** The language tag: `'ja'`, `'pt-BR'`. */
  readonly locale: string;
  readonly http: LocaleMessages['http'];
  readonly ftp: LocaleMessages['ftp'];
  readonly websocket: LocaleMessages['websocket'];
  /** The words of validation problems and field errors. */
  readonly validation: ValidationMessages;
  /** The HTML page's and the text body's own words. */
  readonly html: HtmlLabels;
}
