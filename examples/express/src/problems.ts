import { defineProblems } from '@status-i18n/core';

/**
 * The shop's own problem types: a status and words in each language the shop speaks, written once. A route
 * throws `problems.create(name, params)`; the error handler answers in the request's language, with numbers
 * and plurals formatted for it and the params as members. Where the `map` option translates an error class
 * (`/out-of-stock`), a defined problem needs no mapping at all.
 */
export const problems = defineProblems(
  {
    'basket-full': {
      status: 409,
      messages: {
        en: {
          title: 'The basket is full',
          detail: 'A basket holds at most {max, plural, one {# item} other {# items}}; this one has {count, number}.',
        },
        'zh-CN': { title: '购物篮已满', detail: '购物篮最多可放 {max, number} 件商品，当前有 {count, number} 件。' },
        'zh-TW': { title: '購物籃已滿', detail: '購物籃最多可放 {max, number} 件商品，目前有 {count, number} 件。' },
        ja: {
          title: '買い物かごがいっぱいです',
          detail: '買い物かごに入る商品は {max, number} 点までです（現在 {count, number} 点）。',
        },
      },
    },
  },
  // The same base as the `type` option's, so every problem type of the shop is documented in one place.
  { typeBase: 'https://example.com/problems/' },
);
