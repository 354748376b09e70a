import { isSendableHeader } from '../src/node/index';

describe('isSendableHeader(name, value)', () => {
  it.each([
    ['x-trace', 'abc', true],
    ['set-cookie', ['a=1', 'b=2'], true],
    ['content-length', 42, true],
    ['x-trace', 'line one\nline two', false],
    ['x-trace', ['ok', 'bad\r\nx: y'], false],
    ['bad name', 'x', false],
    ['x-empty', undefined, false],
  ])('%s: %p → %p (what Node.js would refuse at writeHead)', (name, value, expected) => {
    expect(isSendableHeader(name, value)).toBe(expected);
  });
});
