import { defineProblems } from '@status-i18n/core';

/**
 * The app's own problem types: a status and words in each language it speaks, written once. A middleware
 * throws `problems.create(name, params)`; the error handler answers in the request's language, with plurals
 * and numbers formatted for it and the params as members. No `typeBase`: the type is the URN
 * `urn:problem-type:<name>`, which names the problem without promising a page about it.
 */
export const problems = defineProblems({
  'export-limit': {
    status: 403,
    messages: {
      en: {
        title: 'Daily export limit reached',
        detail:
          'You can export {limit, plural, one {# report} other {# reports}} a day and have exported {used, number} today.',
      },
      'zh-CN': {
        title: '已达到每日导出上限',
        detail: '您每天最多可导出 {limit, number} 份报告，今天已导出 {used, number} 份。',
      },
      'zh-TW': {
        title: '已達每日匯出上限',
        detail: '您每天最多可匯出 {limit, number} 份報表，今天已匯出 {used, number} 份。',
      },
    },
  },
});
