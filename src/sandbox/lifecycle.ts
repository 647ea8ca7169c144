// Sender lifecycle (contract §7): the IN_PROGRESS trigger, launch preconditions and launch,
// tester invites, and what one simulated day (POST /_sandbox/advance) does (the WhatsApp part of a day:
// whatsapp/lifecycle.ts).
import { launchKeys, SECTION_NAMES, type SectionName } from '../upstream/questionnaire/index.ts';
import { apiError } from './errors.ts';
import { API_AUTHOR, type JsonObject, type SenderRecord, SINCH_AUTHOR } from './model.ts';
import { aggregateStatus, syncCountryStatus } from './operators.ts';
import {
  INVITES_PER_DAY,
  INVITES_TOTAL,
  inviteAnswerFor,
  operatorRejects,
  REJECTION_REMARK,
  reviewVideoUri,
} from './rules.ts';
import type { Store } from './store.ts';
import { advanceWhatsapp, type WaTransition } from './whatsapp/lifecycle.ts';

export function present(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined && v !== null;
}

/** DRAFT → IN_PROGRESS once the brand has a name and at least one phone or e-mail. */
export function hasMandatoryBrandData(s: SenderRecord): boolean {
  const b = s.brand ?? {};
  return present(b.name) && (present(b.phones) || present(b.emails));
}

export function promoteIfReady(s: SenderRecord): void {
  if (s.state === 'DRAFT' && hasMandatoryBrandData(s)) s.state = 'IN_PROGRESS';
}

/**
 * Unmet launch preconditions, in the order of docs/launch-preconditions.md; the questionnaire answers a
 * launch needs are those of the answer tables (src/upstream/questionnaire/).
 */
export function launchPreconditionErrors(s: SenderRecord): string[] {
  const missing: string[] = [];
  const need = (ok: boolean, path: string) => {
    if (!ok) missing.push(`${path} is required for launch`);
  };
  const b = s.brand ?? {};
  need(present(b.name), 'details.brand.name');
  need(present(b.phones) || present(b.emails), 'details.brand.phones or details.brand.emails');
  for (const k of ['bannerUrl', 'logoUrl', 'privacyPolicyUrl', 'termsOfServiceUrl'])
    need(present(b[k]), `details.brand.${k}`);
  const countries = s.countries ?? [];
  need(countries.length > 0, 'details.countries');
  const section = (name: SectionName, fields: string[]) => {
    const a: JsonObject = s.answers[name] ?? {};
    for (const f of fields) need(present(a[f]), `details.questionnaire.${name}.answers.${f}`);
  };
  for (const name of SECTION_NAMES) section(name, launchKeys(name, countries, s.answers[name] ?? {}));
  return missing;
}

const LAUNCHABLE = ['IN_TEST', 'LAUNCHING', 'LAUNCHED', 'UNLAUNCHED'];

export function launch(store: Store, s: SenderRecord): void {
  if (!LAUNCHABLE.includes(s.state)) throw apiError(409, 'launch_invalid_agent_state');
  const unmet = launchPreconditionErrors(s);
  if (unmet.length > 0) throw apiError(412, 'launch_precondition_failed', { validationErrors: unmet });
  const now = store.touch();
  s.state = present(s.answers.general?.videoUris) ? 'LAUNCHING' : 'PREPARING_LAUNCH';
  s.countryStatus = syncCountryStatus(s.countryStatus, s.countries ?? [], now);
  for (const c of s.countryStatus) {
    for (const o of c.operators) {
      if (o.status === 'LAUNCHED') continue;
      o.status = 'PENDING';
      o.modified = now;
      delete o.remark;
    }
    c.status = aggregateStatus(c);
  }
  s.launched = now;
  s.modified = now;
  s.activities.push({ type: 'EDITED', created: now, author: API_AUTHOR });
}

/** Sends tester invites (new numbers or re-invites); 429 when the RBM caps would be exceeded. */
export function invite(store: Store, s: SenderRecord, numbers: string[], now: string): void {
  const today = s.invites.filter((d) => d === store.day).length;
  if (today + numbers.length > INVITES_PER_DAY || s.invites.length + numbers.length > INVITES_TOTAL) {
    throw apiError(429, 'rbm_too_many_requests');
  }
  for (const number of numbers) {
    s.invites.push(store.day);
    const existing = s.testNumbers.find((t) => t.number === number);
    if (existing) {
      existing.state = 'UNVERIFIED';
      existing.submitted = now;
    } else {
      s.testNumbers.push({ number, state: 'UNVERIFIED', submitted: now });
    }
  }
}

export type Transition = RcsTransition | WaTransition;

export interface RcsTransition {
  projectId: string;
  senderId: string;
  kind: 'state' | 'testNumber' | 'operator';
  subject?: string;
  from: string;
  to: string;
}

/** One simulated day for one sender: answers invites, then at most one state transition. */
export function advanceSender(store: Store, s: SenderRecord, out: RcsTransition[]): void {
  const now = store.now();
  const base = { projectId: s.projectId, senderId: s.id };
  let tested = false;
  for (const t of s.testNumbers) {
    if (t.state !== 'UNVERIFIED' && t.state !== 'PENDING') continue;
    const answer = inviteAnswerFor(t.number);
    if (answer === 'NO_ANSWER') continue;
    out.push({ ...base, kind: 'testNumber', subject: t.number, from: t.state, to: answer });
    t.state = answer;
    tested = true;
  }
  if (tested) s.activities.push({ type: 'TEST', created: now, author: SINCH_AUTHOR });
  const from = s.state;
  if (s.state === 'IN_PROGRESS') s.state = 'IN_TEST';
  else if (s.state === 'PREPARING_LAUNCH') {
    s.answers.general = { ...(s.answers.general ?? {}), videoUris: [reviewVideoUri(s.id)] };
    s.state = 'LAUNCHING';
  } else if (s.state === 'LAUNCHING') {
    for (const c of s.countryStatus) {
      for (const o of c.operators) {
        if (o.status !== 'PENDING') continue;
        const rejected = operatorRejects(o.name, c.country, s.useCase);
        out.push({
          ...base,
          kind: 'operator',
          subject: `${c.country}/${o.name}`,
          from: o.status,
          to: rejected ? 'REJECTED' : 'LAUNCHED',
        });
        o.status = rejected ? 'REJECTED' : 'LAUNCHED';
        if (rejected) o.remark = REJECTION_REMARK;
        o.modified = now;
      }
      c.status = aggregateStatus(c);
    }
    s.state = 'LAUNCHED';
  }
  if (s.state !== from) {
    out.push({ ...base, kind: 'state', from, to: s.state });
    s.activities.push({
      type: s.state === 'LAUNCHED' ? 'ACTIVE' : 'EDITED',
      created: now,
      author: SINCH_AUTHOR,
    });
  }
  if (s.state !== from || tested) s.modified = now;
}

export function advance(
  store: Store,
  steps: number,
): { day: number; now: string; transitions: Transition[] } {
  const transitions: Transition[] = [];
  for (let i = 0; i < steps; i++) {
    store.day += 1;
    for (const p of [...store.projects.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const rcs: RcsTransition[] = [];
      for (const s of [...p.senders.values()].sort((a, b) => a.created.localeCompare(b.created))) {
        advanceSender(store, s, rcs);
      }
      const whatsapp: WaTransition[] = [];
      advanceWhatsapp(store, p.id, p.whatsapp, whatsapp);
      transitions.push(...rcs, ...whatsapp);
    }
  }
  return { day: store.day, now: store.now(), transitions };
}
