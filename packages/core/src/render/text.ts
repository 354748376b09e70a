import type { RenderInput } from './problem';

/** `404 Not Found`, a blank line, the detail: readable with curl and in logs. */
export function renderText({ problem }: RenderInput): string {
  return `${problem.status} ${problem.title}\n\n${problem.detail}\n`;
}
