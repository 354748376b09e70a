import { frozen } from '../internal/frozen';
import { validation as en } from './en/validation';
import type { ValidationMessages } from './validation-types';
import { validation as zhCn } from './zh-CN/validation';
import { validation as zhTw } from './zh-TW/validation';

/** The shipped words of validation problems, by locale; `en` is the reference and the last fallback. */
export const builtInValidationMessages: Readonly<Record<string, ValidationMessages>> = frozen({
  en,
  'zh-CN': zhCn,
  'zh-TW': zhTw,
});
