/** The three protocols whose codes the catalog documents. */
export type Protocol = 'http' | 'ftp' | 'websocket';

/**
 * Facts about one code that do not depend on the language: its constant name, where it is defined and how
 * official it is. The words (title, description) live in the locale files.
 */
export interface CodeFacts {
  /** Constant name, e.g. `NOT_FOUND`, `FILE_UNAVAILABLE`, `NORMAL_CLOSURE`. */
  readonly key: string;
  /** Where the code is defined, e.g. `RFC 9110, Section 15.5.5`, or who uses it for an unofficial code. */
  readonly reference: string;
  /** `true` for codes registered with IANA or defined by an RFC; `false` for widely used unofficial ones. */
  readonly official: boolean;
  /** For unofficial codes: the software or vendor that uses it (`nginx`, `Cloudflare`, `Microsoft IIS`). */
  readonly source?: string;
  /** Still defined, but its use is discouraged (e.g. HTTP 305). */
  readonly deprecated?: boolean;
  /** No longer in use, or marked obsolete/historic by the registry (e.g. HTTP 306, 510). */
  readonly obsolete?: boolean;
  /** WebSocket only: whether an endpoint may send this code in a Close frame (RFC 6455, Section 7.4). */
  readonly sendable?: boolean;
}

/** The facts about a class of codes: which numbers it spans, and where it is defined if not with the others. */
export interface ClassFacts {
  readonly min: number;
  readonly max: number;
  /**
   * Where this class is defined, when a later RFC added it (FTP's 6yz, RFC 2228); the others are defined where the
   * protocol's table says (`ProtocolTable.classReference`).
   */
  readonly reference?: string;
}

/** Localized words for one code or one class. */
export interface Message {
  readonly title: string;
  readonly description: string;
}
