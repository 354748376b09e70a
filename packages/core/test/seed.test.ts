import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as describeCode, type Protocol, websocketClasses } from '@status-i18n/core';

// Read from the repository, not from the shared folder: CI runs on a clean clone.
const DOCS = join(__dirname, '..', '..', '..', 'docs');
const SEED = readFileSync(join(DOCS, 'seed', '000_3560950d94c33a6b.txt'), 'utf8');
const NOTES = readFileSync(join(DOCS, 'seed-notes.md'), 'utf8');

/** One numbered line of the seed, or one WebSocket range row. `id` is how seed-notes.md heads it. */
interface SeedEntry {
  readonly protocol: Protocol;
  readonly id: string;
  readonly text: string;
}

/** What a seed entry or a note is about: a code, or a class (FTP 6xx, a WebSocket range). */
type Target = { readonly code: number } | { readonly classOf: number };

const PROTOCOL_OF_HEADING: Readonly<Record<string, Protocol>> = { HTTP: 'http', FTP: 'ftp', WebSocket: 'websocket' };

// HTTP lines are `- 422 – text` or `- 500 - text`, FTP lines `- 110 text`; WebSocket codes are table rows.
const NUMBERED_LINE: Partial<Record<Protocol, RegExp>> = { http: /^- (\d{3}) [–-] (.+)$/, ftp: /^- (\d{3}) (.+)$/ };

function parseSeed(seed: string) {
  const entries: SeedEntry[] = [];
  const classDescriptions = new Map<string, string>();
  let protocol: Protocol = 'http';
  let classKey: string | undefined;
  for (const line of seed.split(/\r?\n/)) {
    if (/^## FTP\s*$/.test(line)) [protocol, classKey] = ['ftp', undefined];
    else if (/^## WebSockets/.test(line)) [protocol, classKey] = ['websocket', undefined];
    else if (/^## 参考资料/.test(line)) break;

    const classHeading = /^#{2,3} ([1-6])xx/.exec(line);
    if (classHeading) classKey = `${classHeading[1]}xx`;
    const italic = /^_(.+)_\s*$/.exec(line);
    if (italic?.[1] !== undefined && classKey !== undefined) {
      classDescriptions.set(`${protocol} ${classKey}`, italic[1]);
    }

    const numbered = NUMBERED_LINE[protocol]?.exec(line);
    if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
      entries.push({ protocol, id: numbered[1], text: numbered[2].trim() });
    }
    const row = protocol === 'websocket' ? /^\|\s*(\d+)(?:–(\d+))?\s*\|[^|]*\|(.*)\|\s*$/.exec(line) : null;
    if (row?.[1] !== undefined && row[3] !== undefined) {
      const id = row[2] === undefined ? row[1] : `${row[1]}-${row[2]}`;
      entries.push({ protocol, id, text: row[3].trim().replace(/ \[Ref\]$/, '') });
    }
  }
  return { entries, classDescriptions };
}

interface Note {
  readonly seed: string | undefined;
  readonly now: string | undefined;
  readonly standard: string | undefined;
  readonly reason: string | undefined;
}

/** The `### HTTP 425` sections of seed-notes.md, by `'http 425'`. */
function parseNotes(notes: string): Map<string, Note> {
  const parsed = new Map<string, Note>();
  for (const section of notes.split(/^(?=### )/m).slice(1)) {
    const heading = /^### (HTTP|FTP|WebSocket) (\d+(?:-\d+)?)\s*$/m.exec(section);
    const protocol = PROTOCOL_OF_HEADING[heading?.[1] ?? ''];
    if (protocol === undefined || heading?.[2] === undefined) throw new Error(`bad seed-notes section: ${section}`);
    const field = (name: string) => new RegExp(`^- ${name}: (.+)$`, 'm').exec(section)?.[1]?.trim();
    parsed.set(`${protocol} ${heading[2]}`, {
      seed: field('Seed'),
      now: field('Now'),
      standard: field('Standard'),
      reason: field('Reason'),
    });
  }
  return parsed;
}

/** `### FTP 600` is the 6xx class; `### WebSocket 3000-3999` the range that holds 3000. */
function targetOf(protocol: Protocol, id: string): Target {
  const [low, high] = id.split('-').map(Number);
  if (high !== undefined || (protocol === 'ftp' && low === 600)) return { classOf: low ?? Number.NaN };
  return { code: low ?? Number.NaN };
}

/** The zh-CN words of a seed entry: the code's, or its class's. */
function zhCnWords(protocol: Protocol, id: string): { title: string; description: string } | undefined {
  const target = targetOf(protocol, id);
  const entry = describeCode('code' in target ? target.code : target.classOf, { protocol, locale: 'zh-CN' });
  if (entry === undefined) return undefined;
  return 'code' in target
    ? { title: entry.title, description: entry.description }
    : { title: entry.classTitle, description: entry.classDescription };
}

const { entries, classDescriptions } = parseSeed(SEED);
const notes = parseNotes(NOTES);
const keyOf = (entry: SeedEntry) => `${entry.protocol} ${entry.id}`;
const kept = entries.filter((entry) => !notes.has(keyOf(entry)));
const changed = entries.filter((entry) => notes.has(keyOf(entry)));

describe('the seed document', () => {
  it('is read completely: every HTTP, FTP and WebSocket entry', () => {
    const ids = (protocol: Protocol) => entries.filter((entry) => entry.protocol === protocol).map((entry) => entry.id);
    expect(ids('http').map(Number)).toEqual([
      422, 423, 424, 425, 426, 451, 500, 501, 502, 503, 504, 505, 506, 507, 509, 510,
    ]);
    expect(ids('ftp').map(Number)).toEqual([
      110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350, 421,
      425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553, 600, 631, 632, 633,
    ]);
    expect(ids('websocket')).toEqual([
      '0-999',
      ...Array.from({ length: 16 }, (_, index) => String(1000 + index)),
      '1016-1999',
      '2000-2999',
      '3000-3999',
      '4000-4999',
    ]);
  });

  it('gives its class descriptions for HTTP 5xx and FTP 1xx-5xx', () => {
    expect([...classDescriptions.keys()]).toEqual(['http 5xx', 'ftp 1xx', 'ftp 2xx', 'ftp 3xx', 'ftp 4xx', 'ftp 5xx']);
  });
});

describe('describe(code, { locale: "zh-CN" })', () => {
  it('keeps the seed text verbatim for every seed code that seed-notes.md does not list', () => {
    const lost = kept
      .filter((entry) => {
        const words = zhCnWords(entry.protocol, entry.id);
        return words === undefined || !`${words.title}\n${words.description}`.includes(entry.text);
      })
      .map((entry) => `${keyOf(entry)}: ${entry.text}`);
    expect(lost).toEqual([]);
  });

  it('uses the "Now" text of seed-notes.md for every code it lists', () => {
    const drifted = changed
      .filter((entry) => {
        const now = notes.get(keyOf(entry))?.now;
        const words = zhCnWords(entry.protocol, entry.id);
        return now === undefined || words === undefined || !words.description.includes(now);
      })
      .map(keyOf);
    expect(drifted).toEqual([]);
  });

  it('uses the seed class descriptions (HTTP 5xx, FTP 1xx-5xx)', () => {
    for (const [id, text] of classDescriptions) {
      const [protocol, classKey] = id.split(' ') as [Protocol, string];
      const code = Number(classKey.slice(0, 1)) * 100;
      expect({ id, text: describeCode(code, { protocol, locale: 'zh-CN' })?.classDescription }).toEqual({ id, text });
    }
  });

  it('holds both seed texts of 1016-1999 and 2000-2999 in the 1000-2999 class', () => {
    expect(Object.keys(websocketClasses)).toEqual(['0-999', '1000-2999', '3000-3999', '4000-4999']);
    const classDescription = describeCode(2000, { protocol: 'websocket', locale: 'zh-CN' })?.classDescription ?? '';
    for (const id of ['1016-1999', '2000-2999']) {
      const text = entries.find((entry) => entry.protocol === 'websocket' && entry.id === id)?.text;
      expect(text).toBeDefined();
      expect(classDescription).toContain(text);
    }
  });
});

describe('docs/seed-notes.md', () => {
  it('lists the known deviations from the seed', () => {
    expect([...notes.keys()]).toEqual(expect.arrayContaining(['http 425', 'http 426', 'http 503', 'ftp 202']));
  });

  it('quotes the seed text exactly in each "Seed" line', () => {
    for (const entry of changed) {
      expect({ id: keyOf(entry), seed: notes.get(keyOf(entry))?.seed }).toEqual({ id: keyOf(entry), seed: entry.text });
    }
  });

  it('lists only entries that are in the seed', () => {
    const seedIds = new Set(entries.map(keyOf));
    expect([...notes.keys()].filter((id) => !seedIds.has(id))).toEqual([]);
  });

  it('gives the new text, the standard and a reason in every section', () => {
    const incomplete = [...notes].filter(([, note]) => !note.now || !note.standard || !note.reason).map(([id]) => id);
    expect(incomplete).toEqual([]);
  });

  it('has a section per protocol with the sections of that protocol', () => {
    const sections = NOTES.split(/^(?=## )/m).slice(1);
    expect(sections.map((section) => section.split('\n')[0])).toEqual(['## HTTP', '## FTP', '## WebSocket']);
    for (const section of sections) {
      const heading = section.split('\n')[0]?.slice(3) ?? '';
      const protocolOf = [...section.matchAll(/^### (\S+) /gm)].map((match) => match[1]);
      expect({ heading, protocolOf: [...new Set(protocolOf)] }).toEqual({ heading, protocolOf: [heading] });
    }
  });
});
