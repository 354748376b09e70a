import { type ResponsePlan, varyHeader } from '@status-i18n/core';
import { planToResponse } from '../src/response';

// The Vary rule every adapter shares (core varyHeader), as the fetch adapter's Response gets it.
describe('varyHeader(existing)', () => {
  it('adds Accept and Accept-Language once, after what the response varied on', () => {
    expect(varyHeader(null)).toBe('Accept, Accept-Language');
    expect(varyHeader('')).toBe('Accept, Accept-Language');
    expect(varyHeader('Origin')).toBe('Origin, Accept, Accept-Language');
    expect(varyHeader('origin, accept-language')).toBe('origin, accept-language, Accept');
    expect(varyHeader(' Origin ,, Accept ')).toBe('Origin, Accept, Accept-Language');
  });

  it('keeps *, which already varies on everything', () => {
    expect(varyHeader('Origin, *')).toBe('*');
  });
});

describe('planToResponse(plan, headers)', () => {
  const plan: ResponsePlan = {
    status: 404,
    reasonPhrase: 'Not Found',
    headers: [
      ['Content-Type', 'application/problem+json; charset=utf-8'],
      ['Content-Length', '2'],
      ['X-List', ['a', 'b']],
    ],
    body: new TextEncoder().encode('{}') as never,
    head: false,
  };

  it('keeps cross-cutting headers from before the error, each cookie on its own, and drops the success path’s', () => {
    const before = new Headers([
      ['Access-Control-Allow-Origin', '*'],
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
      ['Cache-Control', 'max-age=600'],
      ['Location', '/next'],
      ['Content-Type', 'text/csv'],
      ['Vary', 'Origin'],
    ]);
    const response = planToResponse(plan, { before });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Origin, Accept, Accept-Language');
    expect(response.headers.get('x-list')).toBe('a, b');
  });

  it('lets the error’s headers set caching on purpose, and never replace the plan’s', () => {
    const error = new Headers({ 'Cache-Control': 'no-store', 'X-Extra': '1' });
    const before = new Headers({ 'Cache-Control': 'max-age=600' });
    const response = planToResponse({ ...plan, headers: [...plan.headers, ['X-Extra', '2']] }, { before, error });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-extra')).toBe('2');
  });
});
