import { defineProblems } from '@status-i18n/core';

/**
 * The app's own problem types, written once with their words in each language the app speaks. A route throws
 * `problems.create(name, params)`; the plugin answers in the request's language, the params as members.
 */
export const problems = defineProblems(
  {
    'seat-taken': {
      status: 409,
      messages: {
        en: {
          title: 'Seat already taken',
          detail: 'Seat {seat} was booked {minutes, plural, one {# minute} other {# minutes}} ago.',
        },
        'zh-CN': { title: '座位已被占用', detail: '座位 {seat} 已在 {minutes, number} 分钟前被预订。' },
        'zh-TW': { title: '座位已被預訂', detail: '座位 {seat} 已在 {minutes, number} 分鐘前被預訂。' },
        ja: { title: 'この席は予約済みです', detail: '席 {seat} は {minutes, number} 分前に予約されました。' },
      },
    },
  },
  { typeBase: 'https://example.com/problems/' },
);
