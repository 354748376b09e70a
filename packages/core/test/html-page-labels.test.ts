import { createCatalog, createErrorLayer } from '@status-i18n/core';

const catalog = createCatalog({
  messages: {
    ja: {
      http: { 422: { title: '処理できない内容です' } },
      html: { details: '詳細', requestId: 'リクエスト ID', colon: '<b>：</b>' },
    },
  },
});

function page(error: unknown, acceptLanguage: string): string {
  const layer = createErrorLayer({ catalog, requestId: true, log: false }, { log: () => undefined });
  const headers: Record<string, string> = {
    accept: 'text/html',
    'accept-language': acceptLanguage,
    'x-request-id': 'r-1',
  };
  const plan = layer.respond(error, { method: 'GET', path: '/', header: (name) => headers[name], context: undefined });
  return new TextDecoder().decode(plan.body);
}

const invalid = Object.assign(new Error('メールアドレスが正しくありません'), {
  status: 422,
  expose: true,
  errors: [{ field: 'email', message: '@ がありません' }],
  code: 'E_MAIL',
});

describe('the HTML page of an added locale', () => {
  it("uses the locale's own labels, escaped like every other text", () => {
    const html = page(invalid, 'ja');
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain('aria-label="詳細"');
    expect(html).toContain('リクエスト ID&lt;b&gt;：&lt;/b&gt;<code>r-1</code>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('Details');
  });

  it('keeps the shipped labels of the shipped locales', () => {
    const html = page(invalid, 'zh-CN');
    expect(html).toContain('aria-label="详细信息"');
    expect(html).toContain('请求 ID：<code>r-1</code>');
  });
});
