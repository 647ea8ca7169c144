// Test numbers: add (invite), state, delete, capabilities, retry (a GET with a side effect).
import { apiError } from '../errors.ts';
import { type ApiContext, type ApiRoute, json, jsonBody } from '../http.ts';
import { invite } from '../lifecycle.ts';
import { API_AUTHOR, type SenderRecord, type TestNumberRecord } from '../model.ts';
import { capabilitiesFor, isUnreachable } from '../rules.ts';
import { rejectInvalidNumbers, validateTestNumbers } from '../validation/bodies.ts';
import { checkSenderId, findSender, op, requireGoogleSupplier, SENDER, TEST_NUMBER } from './shared.ts';

function tester(ctx: ApiContext): { s: SenderRecord; t: TestNumberRecord } {
  const s = findSender(ctx);
  requireGoogleSupplier(s);
  const t = s.testNumbers.find((n) => n.number === ctx.params.testNumber);
  if (!t) throw apiError(404, 'user_is_not_tester_for_agent');
  return { s, t };
}

const stateDto = (t: TestNumberRecord) => ({ number: t.number, state: t.state, submitted: t.submitted });

const add: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${SENDER}/testNumbers`,
  operationId: op('addTestNumbers'),
  handler(ctx) {
    const id = checkSenderId(ctx);
    const numbers = validateTestNumbers(jsonBody(ctx));
    const s = findSender(ctx, id);
    requireGoogleSupplier(s);
    rejectInvalidNumbers(numbers);
    if (s.testNumbers.some((t) => t.state === 'DECLINED' && numbers.includes(t.number))) {
      throw apiError(404, 'blocked_because_the_recipient_declined');
    }
    const store = ctx.rt.store;
    store.write((now) => {
      invite(store, s, numbers, now);
      s.modified = now;
      s.activities.push({ type: 'TEST', created: now, author: API_AUTHOR });
    });
    return json(200, { testNumbers: s.testNumbers.map(stateDto) });
  },
};

const state: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: TEST_NUMBER,
  operationId: op('getTestNumberState'),
  handler: (ctx) => json(200, stateDto(tester(ctx).t)),
};

const remove: ApiRoute = {
  kind: 'api',
  method: 'DELETE',
  template: TEST_NUMBER,
  operationId: op('deleteTestNumber'),
  handler(ctx) {
    const { s, t } = tester(ctx);
    ctx.rt.store.write((now) => {
      s.testNumbers = s.testNumbers.filter((n) => n !== t);
      s.modified = now;
      s.activities.push({ type: 'TEST', created: now, author: API_AUTHOR });
    });
    return { status: 204 };
  },
};

const capabilities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${TEST_NUMBER}/capabilities`,
  operationId: op('getTestNumberCapabilities'),
  handler(ctx) {
    const { t } = tester(ctx);
    if (t.state === 'DECLINED') throw apiError(404, 'blocked_because_the_recipient_declined');
    if (t.state === 'REJECTED' || t.state === 'INVALID') throw apiError(404, 'user_cannot_be_reached');
    if (t.state !== 'VERIFIED') throw apiError(404, 'user_has_not_accepted_invite');
    if (isUnreachable(t.number)) throw apiError(404, 'user_cannot_be_reached');
    return json(200, { features: capabilitiesFor(t.number) });
  },
};

const retry: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${TEST_NUMBER}/retry`,
  operationId: op('retryTestNumber'),
  handler(ctx) {
    const { s, t } = tester(ctx);
    if (t.state === 'DECLINED') throw apiError(404, 'blocked_because_the_recipient_declined');
    const store = ctx.rt.store;
    store.write((now) => {
      invite(store, s, [t.number], now);
      s.modified = now;
      s.activities.push({ type: 'TEST', created: now, author: API_AUTHOR });
    });
    return json(200, stateDto(t));
  },
};

export const testNumberRoutes: ApiRoute[] = [add, state, remove, capabilities, retry];
