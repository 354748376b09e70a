import { createHash } from 'node:crypto';
import { HTML_CONTENT_SECURITY_POLICY, HTML_STYLE } from '../src/render/html-style';

describe('HTML_CONTENT_SECURITY_POLICY', () => {
  // The hash is written out in the source (the main entry has no node:crypto): an edit of the style that forgets
  // it would have browsers refuse the page's only styling.
  it("allows exactly the page's inline style, by its SHA-256", () => {
    const hash = createHash('sha256').update(HTML_STYLE, 'utf8').digest('base64');
    expect(HTML_CONTENT_SECURITY_POLICY).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });
});
