import type { Context } from '../../context.ts';
import { loadWhatsappAccount } from '../../loaders/whatsapp-pages.ts';
import { UpstreamBadRequestError, UpstreamNotFoundError } from '../../upstream/errors.ts';
import type { WhatsappAccount as AccountDto } from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { Project } from '../project.ts';
import { WhatsappAccountChanges, WhatsappAccountDetails } from './account-details.ts';
import {
  mapCompatibleRegions,
  WhatsappAccountState,
  WhatsappBusinessManager,
  WhatsappDailyLimit,
  WhatsappRegion,
  WhatsappWabaBanState,
} from './enums.ts';

/** The project's WhatsApp account as the graph holds it: the DTO plus its project (the DTO does not say). */
export type WhatsappAccountRecord = AccountDto & { readonly projectId: string };

export function toWhatsappAccountRecord(projectId: string, dto: AccountDto): WhatsappAccountRecord {
  return { ...dto, projectId };
}

/**
 * "This project has no WhatsApp account": 400 project_not_initialized (contract §1, the sender paths) or
 * 404 account_not_found (getAccount). INFERRED: the contract does not say which getAccount answers for a
 * project never onboarded, so both read as no account.
 */
export function isNoAccount(error: unknown): boolean {
  return (
    (error instanceof UpstreamBadRequestError && error.errorCode === 'project_not_initialized') ||
    (error instanceof UpstreamNotFoundError &&
      (error.errorCode === 'account_not_found' || error.errorCode === 'project_not_found'))
  );
}

/** The project's account (one GET per project per request); null when the project has none. */
export async function readWhatsappAccount(
  ctx: Context,
  projectId: string,
): Promise<WhatsappAccountRecord | null> {
  try {
    return toWhatsappAccountRecord(projectId, await loadWhatsappAccount(ctx, projectId));
  } catch (error) {
    if (isNoAccount(error)) return null;
    throw error;
  }
}

export const WhatsappAccount = builder.objectRef<WhatsappAccountRecord>('WhatsappAccount').implement({
  description:
    "The project's WhatsApp account (one per project): the WhatsApp Business Account its senders belong to. Read from GET .../whatsapp.",
  fields: (t) => ({
    projectId: t.exposeID('projectId', { nullable: false, description: 'The project of the account.' }),
    state: t.field({
      type: WhatsappAccountState.ref,
      nullable: true,
      description: 'Onboarding state (state); null when the upstream sent none.',
      resolve: (a) => WhatsappAccountState.map(a.state),
    }),
    isEmbeddedSignup: t.exposeBoolean('isEmbeddedSignup', {
      nullable: false,
      description: 'Whether the account was onboarded through Embedded Signup (isEmbeddedSignup).',
    }),
    businessManager: t.field({
      type: WhatsappBusinessManager.ref,
      nullable: false,
      description: 'The Sinch business manager of the account (businessManager).',
      resolve: (a) => WhatsappBusinessManager.map(a.businessManager) ?? 'UNRECOGNIZED',
    }),
    wabaId: t.string({
      nullable: true,
      description: "Meta's id of the WhatsApp Business Account (wabaId); null until onboarded.",
      resolve: (a) => a.wabaId ?? null,
    }),
    details: t.field({
      type: WhatsappAccountDetails,
      nullable: true,
      description: 'The business behind the account (details).',
      resolve: (a) => a.details ?? null,
    }),
    changes: t.field({
      type: WhatsappAccountChanges,
      nullable: true,
      description: 'Pending changes (changes); null when there are none.',
      resolve: (a) => a.changes ?? null,
    }),
    wabaBanState: t.field({
      type: WhatsappWabaBanState.ref,
      nullable: true,
      description: 'Ban state of the WhatsApp Business Account (wabaBanState); null when not banned.',
      resolve: (a) => WhatsappWabaBanState.map(a.wabaBanState),
    }),
    wabaBanDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the ban takes or took effect (wabaBanDate); null when not banned.',
      resolve: (a) => a.wabaBanDate ?? null,
    }),
    wabaEnabledForInsights: t.boolean({
      nullable: true,
      description: 'Whether insights are enabled for the WhatsApp Business Account (wabaEnabledForInsights).',
      resolve: (a) => a.wabaEnabledForInsights ?? null,
    }),
    wabaEnabledForDirectSend: t.boolean({
      nullable: true,
      description: 'Whether direct send is enabled (wabaEnabledForDirectSend).',
      resolve: (a) => a.wabaEnabledForDirectSend ?? null,
    }),
    wabaMaxPriceOnboarded: t.exposeBoolean('wabaMaxPriceOnboarded', {
      nullable: false,
      description: 'Whether the account is onboarded with a maximum price (wabaMaxPriceOnboarded).',
    }),
    compatibleRegions: t.field({
      type: [WhatsappRegion.ref],
      nullable: false,
      description: 'Regions the account can have senders in (compatibleRegions).',
      resolve: (a) => mapCompatibleRegions(a.compatibleRegions),
    }),
    primaryBusinessLocation: t.string({
      nullable: true,
      description:
        'Primary business country, ISO 3166 alpha-2 as the upstream sent it (primaryBusinessLocation).',
      resolve: (a) => a.primaryBusinessLocation ?? null,
    }),
    businessDailyLimit: t.field({
      type: WhatsappDailyLimit.ref,
      nullable: true,
      description:
        "Meta's messaging limit tier of the business (businessDailyLimit); null when not reported.",
      resolve: (a) => WhatsappDailyLimit.map(a.businessDailyLimit),
    }),
    currency: t.string({
      nullable: true,
      description: 'Billing currency, ISO 4217 (currency); null when not reported.',
      resolve: (a) => a.currency ?? null,
    }),
  }),
});

builder.objectFields(Project, (t) => ({
  whatsappAccount: t.field({
    type: WhatsappAccount,
    nullable: true,
    description:
      "The project's WhatsApp account; null when the project has none (upstream project_not_initialized). One upstream call (GET .../whatsapp), shared with the rest of the request.",
    extensions: upstreamCost({ calls: 1 }),
    resolve: (project, _args, ctx) => readWhatsappAccount(ctx, project.id),
  }),
}));
