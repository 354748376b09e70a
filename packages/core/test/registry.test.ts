import { STATUS_CODES } from 'node:http';
import {
  builtInValidationMessages,
  type CodeFacts,
  closeReason,
  defaultCatalog,
  describe as describeCode,
  FtpReply,
  ftpClasses,
  ftpCodes,
  HttpStatus,
  httpClasses,
  httpCodes,
  type Protocol,
  WsCloseCode,
  websocketClasses,
  websocketCodes,
} from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';

/** Integers from `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

// The IANA HTTP Status Code Registry (https://www.iana.org/assignments/http-status-codes), every assigned
// value, written out here as facts so the test does not read them from the code under test.
const IANA_HTTP_CODES = [
  ...range(100, 104),
  ...range(200, 208),
  226,
  ...range(300, 308),
  ...range(400, 418),
  ...range(421, 426),
  428,
  429,
  431,
  451,
  ...range(500, 508),
  510,
  511,
];

// RFC 959, Section 4.2.2 ("Numeric Order List of Reply Codes").
const RFC_959_REPLIES = [
  110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350, 421,
  425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553,
];

const tables: Readonly<Record<Protocol, Readonly<Record<number, CodeFacts>>>> = {
  http: httpCodes,
  ftp: ftpCodes,
  websocket: websocketCodes,
};

function factsOf(table: Readonly<Record<number, CodeFacts>>, code: number): CodeFacts | undefined {
  return table[code];
}

describe('httpCodes', () => {
  it('has every code of the IANA HTTP Status Code Registry, marked official', () => {
    const missing = IANA_HTTP_CODES.filter((code) => factsOf(httpCodes, code)?.official !== true);
    expect(missing).toEqual([]);
  });

  it("has every code of Node's http.STATUS_CODES", () => {
    const missing = Object.keys(STATUS_CODES)
      .map(Number)
      .filter((code) => factsOf(httpCodes, code) === undefined);
    expect(missing).toEqual([]);
  });

  it('uses the RFC 9110 names', () => {
    expect(describeCode(413)).toMatchObject({ key: 'CONTENT_TOO_LARGE', title: 'Content Too Large' });
    expect(describeCode(422)).toMatchObject({ key: 'UNPROCESSABLE_CONTENT', title: 'Unprocessable Content' });
  });

  it('flags the common unofficial codes and names who uses them', () => {
    const unofficial = Object.entries(httpCodes as Readonly<Record<number, CodeFacts>>).filter(
      ([, facts]) => !facts.official,
    );
    expect(unofficial.map(([code]) => Number(code))).toEqual(expect.arrayContaining([499, 509, 520, 521, 522]));
    const withoutSource = unofficial.filter(([, facts]) => !facts.source?.trim()).map(([code]) => Number(code));
    expect(withoutSource).toEqual([]);
  });

  it('has no unofficial code that the IANA registry assigns', () => {
    const unofficialButRegistered = IANA_HTTP_CODES.filter((code) => factsOf(httpCodes, code)?.source !== undefined);
    expect(unofficialButRegistered).toEqual([]);
  });
});

describe('websocketCodes', () => {
  it('has every code of the IANA WebSocket Close Code Number Registry, 1000-1015', () => {
    expect(Object.keys(websocketCodes).map(Number)).toEqual(range(1000, 1015));
  });

  it('marks exactly 1004, 1005, 1006 and 1015 as not sendable', () => {
    const notSendable = range(1000, 1015).filter((code) => factsOf(websocketCodes, code)?.sendable !== true);
    expect(notSendable).toEqual([1004, 1005, 1006, 1015]);
  });
});

describe('ftpCodes', () => {
  it('has every reply of RFC 959', () => {
    const missing = RFC_959_REPLIES.filter((code) => !factsOf(ftpCodes, code)?.reference.startsWith('RFC 959'));
    expect(missing).toEqual([]);
  });
});

describe('HttpStatus, FtpReply, WsCloseCode', () => {
  it('map constant names to codes', () => {
    expect(HttpStatus.NOT_FOUND).toBe(404);
    expect(HttpStatus.INTERNAL_SERVER_ERROR).toBe(500);
    expect(FtpReply.FILE_UNAVAILABLE).toBe(550);
    expect(WsCloseCode.NORMAL_CLOSURE).toBe(1000);
  });

  it('have one entry per code, so keys are unique per protocol', () => {
    for (const [protocol, table] of Object.entries(tables)) {
      const keys = Object.values(table).map((facts) => facts.key);
      const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
      expect({ protocol, duplicates }).toEqual({ protocol, duplicates: [] });
    }
    expect(Object.keys(HttpStatus)).toHaveLength(Object.keys(httpCodes).length);
    expect(Object.keys(FtpReply)).toHaveLength(Object.keys(ftpCodes).length);
    expect(Object.keys(WsCloseCode)).toHaveLength(Object.keys(websocketCodes).length);
  });

  it('use constant-case keys', () => {
    const badKeys = Object.values(tables)
      .flatMap((table) => Object.values(table).map((facts) => facts.key))
      .filter((key) => !/^[A-Z][A-Z\d]*(?:_[A-Z\d]+)*$/.test(key));
    expect(badKeys).toEqual([]);
  });
});

describe('the exported tables', () => {
  it('cannot be changed: they are the ones every catalog answers from', () => {
    const tables = [httpCodes, httpClasses, ftpCodes, ftpClasses, websocketCodes, websocketClasses];
    for (const table of tables) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const entry of Object.values(table)) expect(Object.isFrozen(entry)).toBe(true);
    }
    // Strict code (every module) gets a TypeError; the answer stays the standard's.
    expect(() => {
      (websocketCodes[1006] as { sendable: boolean }).sendable = true;
    }).toThrow(TypeError);
    expect(() => closeReason(1006)).toThrow(RangeError);
    expect(Object.isFrozen(ja) && Object.isFrozen(ja.http) && Object.isFrozen(builtInValidationMessages.en)).toBe(true);
    expect(Object.isFrozen(defaultCatalog.locales)).toBe(true);
  });
});
