import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { ResponsePlan } from '@status-i18n/core';
import { writeResponsePlan } from '@status-i18n/core/node';

/**
 * The `Vary` header a plan gets when written: `writeResponsePlan` adds it (the plan does not carry it). Written on
 * a response with no connection, which keeps what it would send in memory.
 */
export function writtenVary(plan: ResponsePlan): string {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  writeResponsePlan(res, plan);
  return String(res.getHeader('vary'));
}
