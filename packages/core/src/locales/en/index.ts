import type { LocaleMessages } from '../types';
import { ftp } from './ftp';
import { http } from './http';
import { websocket } from './websocket';

export const en = { http, ftp, websocket } satisfies LocaleMessages;
