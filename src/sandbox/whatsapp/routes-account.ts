// The project's WhatsApp account: get, create (one per project), update (only when REJECTED), delete (only
// without senders), activities and comments. Review on /_sandbox/advance: lifecycle.ts.
import { type ApiContext, type ApiRoute, type HandlerResult, json, jsonBody } from '../http.ts';
import { hexFrom } from '../ids.ts';
import { activitiesPage, addComment, getRoute } from '../routes/shared.ts';
import { waError } from './errors.ts';
import { API_USER, applyPatch } from './lifecycle.ts';
import type { WaAccountRecord, WaObject } from './model.ts';
import { COMPATIBLE_REGIONS, waAccountDto } from './present.ts';
import { accountOp, existingAccount, WA_ACCOUNT } from './shared.ts';
import { validateCreateAccount, validateUpdateAccount, validateWaComment } from './validation.ts';

/** Business managers of the sandbox's environment (the invalid_business_manager_for_environment resolution). */
const ENVIRONMENT_MANAGERS = ['SINCH_AMERICA', 'SINCH_UK'];

/** senderDetails as the account DTO holds them: region and Meta storage filled in when not given. */
function senderDetails(given: unknown, previous?: WaObject): WaObject | undefined {
  if (!given || typeof given !== 'object') return previous;
  return { region: 'EU', metaLocalStorage: 'UNSPECIFIED', ...(previous ?? {}), ...(given as WaObject) };
}

/** A copy of the account with the patch submitted for review (onto the pending details, else the current). */
function patchedAccount(
  current: WaAccountRecord,
  patch: Record<string, unknown>,
  now: string,
): WaAccountRecord {
  const a = structuredClone(current);
  const base = a.changes?.details ?? a.details;
  const { senderDetails: given, ...rest } = patch;
  const details = applyPatch(base, rest as WaObject);
  const sender = senderDetails(given, base?.senderDetails as WaObject | undefined);
  if (sender) details.senderDetails = sender;
  a.changes = { status: 'IN_PROGRESS', details };
  a.activities.push({ type: 'EDITED', created: now, author: API_USER });
  return a;
}

/** Writes the account (one store write, so one clock tick), makes it the project's and answers its DTO. */
function saveAccount(
  ctx: ApiContext,
  status: number,
  build: (now: string) => WaAccountRecord,
): HandlerResult {
  const account = ctx.rt.store.write(build);
  ctx.project.whatsapp.account = account;
  return json(status, waAccountDto(account));
}

const get = getRoute(WA_ACCOUNT, accountOp('getAccount'), existingAccount, waAccountDto);

const create: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: WA_ACCOUNT,
  operationId: accountOp('createAccount'),
  handler(ctx) {
    const body = jsonBody(ctx) ?? {};
    const variant = validateCreateAccount(body);
    if (ctx.project.whatsapp.account) throw waError(409, 'account_exists');
    const businessManager = typeof body.businessManager === 'string' ? body.businessManager : 'SINCH_UK';
    if (!ENVIRONMENT_MANAGERS.includes(businessManager))
      throw waError(400, 'invalid_business_manager_for_environment');
    const details: WaObject = { clientBusinessManagerId: body.clientBusinessManagerId as string };
    if (variant === 'DEPRECATED') {
      details.companyLegalName = body.companyLegalName as string;
      details.wabaName = body.companyLegalName as string;
    } else details.wabaName = body.wabaName as string;
    const sender = senderDetails(body.senderDetails);
    if (sender) details.senderDetails = sender;
    return saveAccount(ctx, 201, (now) => ({
      businessManager,
      wabaId: String(BigInt(`0x${hexFrom(`waba:${ctx.project.id}`, 12)}`)),
      changes: { status: 'IN_PROGRESS', details },
      compatibleRegions: [...(COMPATIBLE_REGIONS[businessManager] ?? [])],
      activities: [{ type: 'CREATED', created: now, author: API_USER }],
    }));
  },
};

const update: ApiRoute = {
  kind: 'api',
  method: 'PATCH',
  template: WA_ACCOUNT,
  operationId: accountOp('updateAccount'),
  handler(ctx) {
    const current = existingAccount(ctx);
    const patch = validateUpdateAccount(jsonBody(ctx));
    const fields = Object.entries(patch).filter(([, v]) => v !== undefined);
    if (fields.length === 0) throw waError(400, 'no_fields_to_update');
    if (current.state !== 'REJECTED') throw waError(409, 'account_not_updatable');
    return saveAccount(ctx, 200, (now) => patchedAccount(current, patch, now));
  },
};

const remove: ApiRoute = {
  kind: 'api',
  method: 'DELETE',
  template: WA_ACCOUNT,
  operationId: accountOp('deleteAccount'),
  handler(ctx) {
    if (!ctx.project.whatsapp.account) throw waError(400, 'project_not_initialized');
    const senderIds = [...ctx.project.whatsapp.senders.keys()].sort();
    if (senderIds.length > 0)
      throw waError(409, 'account_has_senders', { projectId: ctx.project.id, senderIds });
    ctx.rt.store.write(() => {
      ctx.project.whatsapp.account = undefined;
    });
    return { status: 204 };
  },
};

const activities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${WA_ACCOUNT}/activities`,
  operationId: accountOp('listActivities'),
  handler: (ctx) => activitiesPage(ctx, existingAccount(ctx).activities, { whatsappAccount: ctx.project.id }),
};

const comment: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${WA_ACCOUNT}/comments`,
  operationId: accountOp('createComment'),
  handler(ctx) {
    const account = existingAccount(ctx);
    return addComment(ctx, account.activities, validateWaComment(jsonBody(ctx)));
  },
};

export const waAccountRoutes: ApiRoute[] = [get, create, update, remove, activities, comment];
