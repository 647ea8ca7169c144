// PATCH sender: patch semantics (present fields change, null deletes, arrays replaced wholesale).
import { apiError, invalidInput } from '../errors.ts';
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { invite, promoteIfReady } from '../lifecycle.ts';
import { API_AUTHOR, type JsonObject, type SenderRecord, type TestNumberRecord } from '../model.ts';
import { syncCountryStatus } from '../operators.ts';
import { senderDto } from '../present.ts';
import { isLegacyUs, rejectInvalidNumbers, usVariantErrors, validateUpdate } from '../validation/bodies.ts';
import { checkSenderId, findSender, op, SENDER } from './shared.ts';

const SECTIONS = ['general', 'verification', 'gb', 'fr', 'us'] as const;

/** Whether a patch value changes anything: null does (a delete); empty objects do not. */
function effective(v: unknown): boolean {
  if (v === undefined) return false;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return true;
  return Object.values(v).some(effective);
}

function patchObject(target: JsonObject | undefined, patch: JsonObject): JsonObject | undefined {
  const out: JsonObject = { ...(target ?? {}) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = structuredClone(v);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function patchTestNumbers(
  s: SenderRecord,
  next: string[] | null,
  now: string,
  store: Parameters<typeof invite>[0],
) {
  if (next === null) {
    s.testNumbers = [];
    return;
  }
  const fresh = next.filter((n) => !s.testNumbers.some((t) => t.number === n));
  if (s.testNumbers.some((t) => t.state === 'DECLINED' && next.includes(t.number))) {
    throw apiError(404, 'blocked_because_the_recipient_declined');
  }
  rejectInvalidNumbers(fresh);
  const kept = s.testNumbers.filter((t) => next.includes(t.number));
  s.testNumbers = kept;
  invite(store, s, fresh, now);
  const order = new Map(next.map((n, i) => [n, i]));
  s.testNumbers.sort(
    (a: TestNumberRecord, b: TestNumberRecord) => (order.get(a.number) ?? 0) - (order.get(b.number) ?? 0),
  );
}

export const updateRoute: ApiRoute = {
  kind: 'api',
  method: 'PATCH',
  template: SENDER,
  operationId: op('updateSender'),
  needsRcs: true,
  handler(ctx) {
    const id = checkSenderId(ctx);
    const body = jsonBody(ctx);
    const usVersion = ctx.query.get('usQuestionnaireVersion');
    validateUpdate(body, usVersion);
    const current = findSender(ctx, id);
    const details = (body?.details ?? {}) as JsonObject;
    if (!effective(details)) throw apiError(400, 'no_fields_to_update');
    if (
      (current.state === 'LAUNCHING' || current.state === 'LAUNCHED') &&
      Object.keys(details).some((k) => k !== 'countries' && effective(details[k]))
    ) {
      throw apiError(400, 'fields_not_updatable');
    }
    const store = ctx.rt.store;
    const updated = store.write((now) => {
      // Work on a copy: a rejected patch (variant rules, invite caps, declined tester) changes nothing.
      const s = structuredClone(current);
      if (details.brand && typeof details.brand === 'object')
        s.brand = patchObject(s.brand, details.brand as JsonObject);
      if (details.countries !== undefined) {
        if (details.countries === null) delete s.countries;
        else s.countries = [...(details.countries as string[])];
        s.countryStatus = syncCountryStatus(s.countryStatus, s.countries ?? [], now);
      }
      const q = (details.questionnaire ?? {}) as Record<string, { answers?: JsonObject } | undefined>;
      for (const section of SECTIONS) {
        const patch = q[section]?.answers;
        if (!patch) continue;
        const next = patchObject(s.answers[section], patch);
        if (next) s.answers[section] = next;
        else delete s.answers[section];
      }
      if (q.us?.answers) {
        if (usVersion === 'v1' || isLegacyUs(q.us.answers)) s.usQuestionnaireVersion = 'v1';
        else if (usVersion === 'v2') s.usQuestionnaireVersion = 'v2';
        const variant = usVariantErrors(s.answers.us);
        if (variant.length > 0) throw invalidInput(variant);
      }
      const numbersTouched = details.testNumbers !== undefined;
      if (numbersTouched) patchTestNumbers(s, details.testNumbers as string[] | null, now, store);
      promoteIfReady(s);
      s.modified = now;
      s.activities.push({ type: 'EDITED', created: now, author: API_AUTHOR });
      if (numbersTouched) s.activities.push({ type: 'TEST', created: now, author: API_AUTHOR });
      return s;
    });
    ctx.project.senders.set(updated.id, updated);
    return json(200, senderDto(updated));
  },
};
