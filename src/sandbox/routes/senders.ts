// List, create and get senders.
import { apiError } from '../errors.ts';
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { tokenFrom } from '../ids.ts';
import { invite, promoteIfReady } from '../lifecycle.ts';
import { API_AUTHOR, type JsonObject, type SenderRecord } from '../model.ts';
import { syncCountryStatus } from '../operators.ts';
import { paginate } from '../pagination.ts';
import { senderDto } from '../present.ts';
import { isLegacyUs, rejectInvalidNumbers, validateCreate } from '../validation/bodies.ts';
import { enumValues } from '../validation/contract.ts';
import { findSender, getRoute, listParam, op, pageAnswer, SENDER, SENDERS } from './shared.ts';
import { updateRoute } from './update.ts';

type Sections = SenderRecord['answers'];

export function answersFrom(questionnaire: unknown): Sections {
  const out: Sections = {};
  if (!questionnaire || typeof questionnaire !== 'object') return out;
  for (const key of ['general', 'verification', 'gb', 'fr', 'us'] as const) {
    const answers = (questionnaire as Record<string, { answers?: JsonObject } | undefined>)[key]?.answers;
    if (answers) out[key] = structuredClone(answers);
  }
  return out;
}

const SORTERS: Record<string, (s: SenderRecord) => string> = {
  CREATED: (s) => s.created,
  MODIFIED: (s) => s.modified,
  NAME: (s) => String(s.brand?.name ?? '').toLowerCase(),
  STATE: (s) => s.state,
};

const list: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: SENDERS,
  operationId: op('listSenders'),
  needsRcs: true,
  handler(ctx) {
    const q = ctx.query;
    const supported = enumValues('RcsSenderStateFilter');
    const states = listParam(q, 'filterStates');
    if (states.some((s) => !supported.includes(s))) {
      throw apiError(400, 'invalid_filter_states', { supportedCodes: supported.join(', ') });
    }
    const ids = listParam(q, 'filterSenderIds').map((id) => id.toLowerCase());
    const appId = q.get('filterConversationApiAppId') || undefined;
    const terms = [q.get('search'), q.get('filterSenderName')]
      .filter((t): t is string => !!t)
      .map((t) => t.toLowerCase());
    // Unknown sort values fall back to the default order: the contract documents no error for them.
    const column = SORTERS[q.get('sortColumn') ?? ''] ? (q.get('sortColumn') as string) : 'CREATED';
    const direction =
      q.get('sortDirection') === 'ASC' || q.get('sortDirection') === 'DESC'
        ? q.get('sortDirection')
        : undefined;
    const desc = direction ? direction === 'DESC' : !q.get('sortColumn');
    const key = SORTERS[column] as (s: SenderRecord) => string;
    const senders = [...ctx.project.senders.values()]
      .filter((s) => states.length === 0 || states.includes(s.state))
      .filter((s) => ids.length === 0 || ids.includes(s.id))
      .filter((s) => !appId || s.conversationApiAppId === appId)
      .filter((s) =>
        terms.every(
          (t) =>
            String(s.brand?.name ?? '')
              .toLowerCase()
              .includes(t) || s.id.includes(t),
        ),
      )
      .sort((a, b) => {
        const c = key(a).localeCompare(key(b)) * (desc ? -1 : 1);
        return c !== 0 ? c : a.id.localeCompare(b.id);
      });
    const scope = { p: ctx.project.id, states, ids, appId, terms, column, desc };
    return pageAnswer(paginate(senders, q, scope), 'senders', senderDto);
  },
};

const create: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: SENDERS,
  operationId: op('createSender'),
  needsRcs: true,
  handler(ctx) {
    const body = jsonBody(ctx);
    validateCreate(body);
    const input = body as { region: string; billingCategory: string; useCase: string; details?: JsonObject };
    const details = input.details ?? {};
    const numbers = (details.testNumbers ?? []) as string[];
    rejectInvalidNumbers(numbers);
    const { store, project } = { store: ctx.rt.store, project: ctx.project };
    const sender = store.write((now) => {
      const id = store.nextSenderId(project.id);
      const answers = answersFrom(details.questionnaire);
      const s: SenderRecord = {
        id,
        projectId: project.id,
        state: 'DRAFT',
        region: input.region,
        billingCategory: input.billingCategory,
        useCase: input.useCase,
        answers,
        usQuestionnaireVersion: isLegacyUs(answers.us) ? 'v1' : 'v2',
        testNumbers: [],
        countryStatus: [],
        activities: [{ type: 'CREATED', created: now, author: API_AUTHOR }],
        invites: [],
        authName: tokenFrom(`authName:${id}`, 12),
        authToken: tokenFrom(`authToken:${id}`, 20),
        hasGoogleSupplier: true,
        created: now,
        modified: now,
      };
      if (details.brand) s.brand = { name: 'RCS Sender', color: '#000000', ...(details.brand as JsonObject) };
      if (details.countries) {
        s.countries = [...(details.countries as string[])];
        s.countryStatus = syncCountryStatus([], s.countries, now);
      }
      if (numbers.length > 0) {
        invite(store, s, numbers, now);
        s.activities.push({ type: 'TEST', created: now, author: API_AUTHOR });
      }
      promoteIfReady(s);
      return s;
    });
    store.addSender(sender);
    return json(201, senderDto(sender));
  },
};

const get = getRoute(SENDER, op('getSender'), findSender, senderDto, true);

export const senderRoutes: ApiRoute[] = [list, create, get, updateRoute];
