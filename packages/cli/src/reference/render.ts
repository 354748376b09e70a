import { catalog } from '../catalog';
import { uiStrings } from '../ui';
import { inline } from './markdown';
import { classSection, websocketSection } from './sections';

/**
 * The reference page of the whole built-in catalog in one language, as Markdown: HTTP and FTP by class,
 * WebSocket close codes as a table with their ranges. The committed `docs/codes.<locale>.md` files are this
 * output (`pnpm run docs`), and a test fails when they drift apart.
 *
 * @param locale A language tag, resolved like `--lang` (`zh-Hant` → `zh-TW`); unknown tags give English.
 *
 * @example
 * ```ts
 * import { renderReference } from '@status-i18n/cli';
 * writeFileSync('docs/codes.zh-CN.md', renderReference('zh-CN'));
 * ```
 */
export function renderReference(locale: string): string {
  const resolved = catalog.resolveLocale(locale);
  const ui = uiStrings(resolved);
  const lines = [
    `# ${inline(ui.docs.title)}`,
    '',
    `<!-- ${ui.docs.generated(`status-i18n docs --lang ${resolved}`)} -->`,
    '',
    inline(ui.docs.intro),
    '',
    ...classSection('http', resolved, ui),
    '',
    ...classSection('ftp', resolved, ui),
    '',
    ...websocketSection(resolved, ui),
  ];
  return `${lines.join('\n')}\n`;
}
