import { chineseClassHeading } from './chinese-heading';
import type { UiStrings } from './types';

/**
 * Simplified Chinese, in the style of the seed document (`### 4xx客户端错误`, full-width punctuation).
 *
 * @example
 * ```ts
 * zhCn.classHeading('4xx', '客户端错误'); // '4xx客户端错误'
 * ```
 */
export const zhCn: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: chineseClassHeading,
  colon: '：',
  separator: '；',
  note: (text) => `（${text}）`,
  labels: {
    protocol: '协议',
    class: '类别',
    reference: '参考',
    status: '状态',
    sendable: '可否发送',
  },
  official: '官方',
  usedBy: (source) => `非官方，${source} 使用`,
  deprecated: '已弃用',
  obsolete: '已废弃',
  mustNotBeSent: '不得发送',
  yes: '可以',
  no: '不可以',
  notInCatalog: (code, classKey, classTitle) =>
    `目录中没有 ${code}，按其类别 ${chineseClassHeading(classKey, classTitle)} 理解。`,
  help: (locales) => `status-i18n：多语言的 HTTP 状态码、FTP 应答码和 WebSocket 关闭码

用法：
  status-i18n <状态码> [--ftp | --ws] [--lang <语言>] [--json]
  status-i18n search <关键词...> [--http | --ftp | --ws] [--lang <语言>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <语言>] [--json]
  status-i18n docs [--lang <语言>]

命令：
  <状态码>         状态码的含义：标题、描述、类别、参考、状态
  search <关键词>  标题或描述中含有关键词的状态码，搜索所有语言
  list             按类别列出一个协议的全部状态码
  docs             整个目录的 Markdown 参考页

选项：
  --http           HTTP 状态码（默认）
  --ftp            FTP 应答码
  --ws             WebSocket 关闭码
  -l, --lang       语言：${locales.join('、')}；默认取自 LC_ALL、LC_MESSAGES 或 LANG
  --json           以 JSON 输出目录的 describe() 结果
  -h, --help       显示本帮助
  -v, --version    显示版本

退出码：0 找到，1 未知状态码或没有匹配，2 命令行有误，3 无法写出输出。

示例：
  status-i18n 404
  status-i18n 550 --ftp --lang zh-CN
  status-i18n search 网关
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} 不是 ${protocol} 状态码：它不属于任何类别。`,
    notACode: (value) => `“${value}”既不是状态码（整数），也不是命令（search、list、docs）。`,
    conflictingProtocols: (flags) => `${flags.join(' 与 ')} 不能同时使用：请只选一个协议。`,
    unknownOption: (option) => `未知选项 ${option}。`,
    optionTakesNoValue: (option) => `${option} 不接受值。`,
    optionNeedsValue: (option) => `${option} 需要一个值，例如 ${option} zh-CN。`,
    unexpectedArgument: (argument, command) => `${command} 之后有多余的参数“${argument}”。`,
    optionNotForCommand: (option, command) => `${option} 不能与 ${command} 一起使用。`,
    missingQuery: 'search 需要关键词，例如 status-i18n search 网关。',
    noResults: (query) => `没有哪个状态码的标题或描述含有“${query}”。`,
    badLanguageTag: (tag) => `“${tag}”不是语言标签（例如 en、zh-CN、zh-TW）。`,
    languageFallback: (tag, used) => `没有“${tag}”的文本，改用 ${used}。`,
    seeHelp: '运行 status-i18n --help 查看用法。',
  },
  docs: {
    title: '状态码参考：HTTP、FTP 与 WebSocket',
    generated: (command) =>
      `此文件由 \`${command}\` 根据 @status-i18n/core 的目录生成，请勿手工编辑：重新运行该命令即可更新。`,
    intro:
      '按类别列出 @status-i18n/core 目录中的全部状态码。标为“非官方”的状态码没有在 IANA 登记，但被广泛使用，' +
      '括号中注明使用者。未列出的状态码按其类别理解（RFC 9110 第 15 节）。',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket 状态码' },
    websocketIntro:
      '终端在关闭帧中发送的关闭码，也是客户端在 close 事件中看到的状态码。不可发送的状态码只在本地报告发生了什么（RFC 6455 第 7.4 节）。',
    rangesHeading: '范围',
    websocketTable: {
      code: '状态码',
      name: '名称',
      title: '标题',
      description: '描述',
      sendable: '可否发送',
      reference: '参考',
    },
    rangeTable: { range: '范围', title: '标题', description: '描述' },
  },
};
