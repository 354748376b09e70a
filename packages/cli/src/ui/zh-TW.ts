import { chineseClassHeading } from './chinese-heading';
import type { UiStrings } from './types';

/**
 * Traditional Chinese (Taiwan), written like the Simplified table with Taiwan usage (伺服器, 用戶端).
 *
 * @example
 * ```ts
 * zhTw.labels.sendable; // '可否傳送'
 * ```
 */
export const zhTw: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: chineseClassHeading,
  colon: '：',
  separator: '；',
  note: (text) => `（${text}）`,
  labels: {
    protocol: '協定',
    class: '類別',
    reference: '參考',
    status: '狀態',
    sendable: '可否傳送',
  },
  official: '官方',
  usedBy: (source) => `非官方，${source} 使用`,
  deprecated: '已棄用',
  obsolete: '已廢止',
  mustNotBeSent: '不得傳送',
  yes: '可以',
  no: '不可以',
  notInCatalog: (code, classKey, classTitle) =>
    `目錄中沒有 ${code}，依其類別 ${chineseClassHeading(classKey, classTitle)} 理解。`,
  help: (locales) => `status-i18n：多語言的 HTTP 狀態碼、FTP 回應碼與 WebSocket 關閉碼

用法：
  status-i18n <狀態碼> [--ftp | --ws] [--lang <語言>] [--json]
  status-i18n search <關鍵字...> [--http | --ftp | --ws] [--lang <語言>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <語言>] [--json]
  status-i18n docs [--lang <語言>]

命令：
  <狀態碼>         狀態碼的含義：標題、說明、類別、參考、狀態
  search <關鍵字>  標題或說明中含有關鍵字的狀態碼，搜尋所有語言
  list             依類別列出一個協定的全部狀態碼
  docs             整個目錄的 Markdown 參考頁

選項：
  --http           HTTP 狀態碼（預設）
  --ftp            FTP 回應碼
  --ws             WebSocket 關閉碼
  -l, --lang       語言：${locales.join('、')}；預設取自 LC_ALL、LC_MESSAGES 或 LANG
  --json           以 JSON 輸出目錄的 describe() 結果
  -h, --help       顯示本說明
  -v, --version    顯示版本

結束碼：0 找到，1 未知狀態碼或沒有相符，2 命令列有誤，3 無法寫出輸出。

範例：
  status-i18n 404
  status-i18n 550 --ftp --lang zh-TW
  status-i18n search 閘道
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} 不是 ${protocol} 狀態碼：它不屬於任何類別。`,
    notACode: (value) => `「${value}」既不是狀態碼（整數），也不是命令（search、list、docs）。`,
    conflictingProtocols: (flags) => `${flags.join(' 與 ')} 不能同時使用：請只選一個協定。`,
    unknownOption: (option) => `未知選項 ${option}。`,
    optionTakesNoValue: (option) => `${option} 不接受值。`,
    optionNeedsValue: (option) => `${option} 需要一個值，例如 ${option} zh-TW。`,
    unexpectedArgument: (argument, command) => `${command} 之後有多餘的引數「${argument}」。`,
    optionNotForCommand: (option, command) => `${option} 不能與 ${command} 一起使用。`,
    missingQuery: 'search 需要關鍵字，例如 status-i18n search 閘道。',
    noResults: (query) => `沒有任何狀態碼的標題或說明含有「${query}」。`,
    badLanguageTag: (tag) => `「${tag}」不是語言標籤（例如 en、zh-CN、zh-TW）。`,
    languageFallback: (tag, used) => `沒有「${tag}」的文字，改用 ${used}。`,
    seeHelp: '執行 status-i18n --help 查看用法。',
  },
  docs: {
    title: '狀態碼參考：HTTP、FTP 與 WebSocket',
    generated: (command) =>
      `此檔案由 \`${command}\` 根據 @status-i18n/core 的目錄產生，請勿手動編輯：重新執行該命令即可更新。`,
    intro:
      '依類別列出 @status-i18n/core 目錄中的全部狀態碼。標為「非官方」的狀態碼沒有在 IANA 登記，但被廣泛使用，' +
      '括號中註明使用者。未列出的狀態碼依其類別理解（RFC 9110 第 15 節）。',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket 狀態碼' },
    websocketIntro:
      '端點在關閉訊框中傳送的關閉碼，也是用戶端在 close 事件中看到的狀態碼。不可傳送的狀態碼只在本機回報發生了什麼（RFC 6455 第 7.4 節）。',
    rangesHeading: '範圍',
    websocketTable: {
      code: '狀態碼',
      name: '名稱',
      title: '標題',
      description: '說明',
      sendable: '可否傳送',
      reference: '參考',
    },
    rangeTable: { range: '範圍', title: '標題', description: '說明' },
  },
};
