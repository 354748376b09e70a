import { createCatalog } from '@status-i18n/core';

/**
 * The demo's catalog: the built-in words plus an application's own. A product usually wants its own voice for
 * the page users meet most (the 404) and a language the library does not ship; neither needs a fork.
 * Try `/missing?lang=zh-CN` and `/missing?lang=ja`.
 */
export const catalog = createCatalog({
  messages: {
    'zh-CN': {
      // Only the title changes: the description keeps the catalog's (documented) wording.
      http: { 404: { title: '页面走丢了' } },
    },
    // A partial locale: codes left out here fall back to the default locale (en), word by word.
    ja: {
      http: {
        '4xx': {
          title: 'クライアントエラー',
          description: 'リクエストに問題があるため、サーバーは処理できないか、処理しません。',
        },
        '5xx': {
          title: 'サーバーエラー',
          description: '正しいと思われるリクエストを、サーバーが完了できませんでした。',
        },
        401: {
          title: '認証が必要です',
          description: 'このリソースには認証が必要です。WWW-Authenticate ヘッダーが認証方法を示します。',
        },
        404: {
          title: '見つかりません',
          description: 'リクエストされたリソースが見つかりません。移動または削除されたか、アドレスが間違っています。',
        },
        409: {
          title: '競合',
          description: 'リクエストがリソースの現在の状態と競合しています。',
        },
        422: {
          title: '処理できない内容',
          description: 'リクエストの形式は正しいものの、内容に誤りがあるため処理できません。',
        },
        500: {
          title: 'サーバー内部エラー',
          description: 'サーバーで予期しない問題が発生し、リクエストを完了できませんでした。',
        },
      },
    },
  },
});

/** The languages the landing page offers through `?lang=`. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
  { tag: 'ja', name: '日本語' },
] as const;
