// WhatsApp senders: list, create, get, delete (PATCH: routes-update.ts).
import { type ApiContext, type ApiRoute, json, jsonBody } from '../http.ts';
import { paginate } from '../pagination.ts';
import { getRoute, listParam, pageAnswer } from '../routes/shared.ts';
import { enumValues } from '../validation/contract.ts';
import { waError } from './errors.ts';
import { API_USER } from './lifecycle.ts';
import type { WaAccountRecord, WaObject, WaSenderRecord, WaVariant } from './model.ts';
import { conversationAppIdFor, waSenderDto } from './present.ts';
import { findWaSender, initialized, senderOp, WA_SENDER, WA_SENDERS } from './shared.ts';
import { validateCreateSender } from './validation.ts';

/** The supported region × business-manager combinations of createSender's description. */
const SUPPORTED: Record<string, string[]> = {
  BR: ['SINCH_BR', 'SINCH_MX'],
  EU: ['SINCH_UK'],
  US: ['SINCH_BR', 'SINCH_MX', 'SINCH_UK'],
};
/** Published supportedCodes of invalid_filter_statuses (MULTIPLE_WABA_ERROR, deprecated, is still accepted). */
const ADVERTISED_STATUSES = 'DRAFT, ERROR, IN_PROGRESS, REJECTED';

const list: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: WA_SENDERS,
  operationId: senderOp('listSenders'),
  handler(ctx) {
    initialized(ctx);
    const states = listParam(ctx.query, 'filterStates');
    const supportedStates = enumValues('WhatsappSenderStatesEnum');
    if (states.some((s) => !supportedStates.includes(s)))
      throw waError(400, 'invalid_filter_states', { supportedCodes: supportedStates.join(', ') });
    const statuses = listParam(ctx.query, 'filterStatuses');
    const supportedStatuses = enumValues('WhatsappSenderStatusesEnum');
    if (statuses.some((s) => !supportedStatuses.includes(s)))
      throw waError(400, 'invalid_filter_statuses', { supportedCodes: ADVERTISED_STATUSES });
    // INFERRED order: newest first (as the RCS list's default), ties by id.
    const senders = [...ctx.project.whatsapp.senders.values()]
      .filter((s) => states.length === 0 || states.includes(s.state))
      .filter(
        (s) => statuses.length === 0 || (s.changes !== undefined && statuses.includes(s.changes.status)),
      )
      .sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
    const scope = { p: ctx.project.id, whatsapp: true, states, statuses };
    return pageAnswer(paginate(senders, ctx.query, scope), 'senders', waSenderDto);
  },
};

function businessManagerFor(region: string, given: unknown, account: WaAccountRecord): string {
  if (typeof given === 'string') return given;
  return SUPPORTED[region]?.includes(account.businessManager)
    ? account.businessManager
    : (SUPPORTED[region]?.[0] ?? 'SINCH_UK');
}

/** The business profile a create submits for review (ES/phone provisioning: what Meta would hold). */
function submittedDetails(variant: WaVariant, body: Record<string, unknown>): WaObject {
  const details = { ...((body.details ?? {}) as WaObject) };
  delete details.countryCode;
  delete details.phoneNumber;
  if (variant === 'ES') details.displayName = `WhatsApp ${String(body.phoneNumberId).slice(-4)}`;
  details.vertical ??= 'NOT_SET';
  return details;
}

const create: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: WA_SENDERS,
  operationId: senderOp('createSender'),
  handler(ctx) {
    const account = initialized(ctx);
    const body = jsonBody(ctx) ?? {};
    const variant = validateCreateSender(body);
    const region = typeof body.region === 'string' ? body.region : 'EU';
    const businessManager = businessManagerFor(region, body.businessManager, account);
    if (!SUPPORTED[region]?.includes(businessManager)) throw waError(400, 'invalid_business_manager');
    const details = (body.details ?? {}) as WaObject;
    const store = ctx.rt.store;
    const sender = store.write((now) => {
      const id = store.nextSenderId(ctx.project.id);
      const draft = variant === 'PARTNER_INITIATED' && body.status === 'DRAFT';
      const s: WaSenderRecord = {
        id,
        projectId: ctx.project.id,
        variant,
        state: 'IN_PROGRESS',
        region,
        metaLocalStorage: typeof body.metaLocalStorage === 'string' ? body.metaLocalStorage : 'UNSPECIFIED',
        businessManager,
        changes: { status: draft ? 'DRAFT' : 'IN_PROGRESS', details: submittedDetails(variant, body) },
        metadata: {},
        conversationApiAppId: conversationAppIdFor(id),
        activities: [{ type: 'CREATED', created: now, author: API_USER }],
        created: now,
        modified: now,
      };
      if (draft) s.activities.push({ type: 'DRAFT', created: now, author: API_USER });
      if (typeof details.countryCode === 'string') s.countryCode = details.countryCode;
      if (typeof details.phoneNumber === 'string') s.phoneNumber = details.phoneNumber;
      if (variant === 'PHONE_PROVISIONING') s.numberProvider = 'SINCH';
      if (typeof body.phoneNumberProvider === 'string') s.numberProvider = body.phoneNumberProvider;
      if (typeof body.wabaId === 'string') s.wabaId = body.wabaId;
      if (typeof body.phoneNumberId === 'string') s.phoneNumberId = body.phoneNumberId;
      if (body.saveDraftOnFailure === true) s.saveDraftOnFailure = true;
      return s;
    });
    ctx.project.whatsapp.senders.set(sender.id, sender);
    return json(201, waSenderDto(sender));
  },
};

/** Marks the sender for removal: it keeps working for DELETION_DAYS simulated days (lifecycle.ts). */
const remove: ApiRoute = {
  kind: 'api',
  method: 'DELETE',
  template: WA_SENDER,
  operationId: senderOp('delete'),
  handler(ctx) {
    initialized(ctx);
    const s = findWaSender(ctx);
    if (s.deletedDay !== undefined) throw waError(409, 'sender_already_deleted');
    ctx.rt.store.write((now) => {
      s.deletedDay = ctx.rt.store.day;
      s.modified = now;
    });
    return { status: 204 };
  },
};

/** Project initialized for WhatsApp (400), then the sender (404). */
function initializedSender(ctx: ApiContext): WaSenderRecord {
  initialized(ctx);
  return findWaSender(ctx);
}

const get = getRoute(WA_SENDER, senderOp('get'), initializedSender, waSenderDto);

export const waSenderRoutes: ApiRoute[] = [list, create, get, remove];
