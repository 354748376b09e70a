import type { HtmlLabels } from '../html-labels';

/** The HTML page's and the text body's own words in Korean; Korean takes the ASCII colon and a space. */
export const html = {
  details: '상세 정보',
  fieldErrors: '수정할 항목',
  requestId: '요청 ID',
  stack: '스택 트레이스(디버그)',
  colon: ': ',
} satisfies HtmlLabels;
