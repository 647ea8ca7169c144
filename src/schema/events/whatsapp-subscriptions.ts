import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { toWhatsappAccountRecord } from '../whatsapp/account.ts';
import { resolveWhatsappSenderRef } from '../whatsapp/ids.ts';
import { primeWhatsappSender } from '../whatsapp/sender.ts';
import { projectEventStream } from './project-events.ts';
import type { SubscriptionContext } from './session.ts';
import { unwrap } from './stream.ts';
import { AUTH_DOC, badInput, checkProject } from './subscriptions.ts';
import {
  type ResolvedWhatsappAccountEvent,
  type ResolvedWhatsappSenderEvent,
  WhatsappAccountEvent,
  WhatsappSenderEvent,
  WhatsappSenderEventType,
} from './whatsapp-interfaces.ts';
import { whatsappAccountEventOf, whatsappSenderEventOf } from './whatsapp-records.ts';
import './whatsapp-account-events.ts';
import './whatsapp-sender-events.ts';

// The WhatsApp subscriptions, built like the RCS ones (subscriptions.ts): the same authorization call,
// limits, bounded queue, per-event scope and cost. ASSUMPTION: the authorization is the same 1-item RCS
// sender list — a project-level read that works before the project has a WhatsApp account (the WhatsApp
// sender list answers 400 project_not_initialized then), so a client can listen for the account's
// onboarding; the passthrough re-check (session.ts) is that same call.

function senderIdsOf(ids: readonly (string | number)[], projectId: string): Set<string> {
  return new Set(
    ids.map((id, i) => {
      const ref = resolveWhatsappSenderRef(String(id), projectId);
      if (!ref)
        throw badInput(
          `\`senderIds[${i}]\` is not a WhatsApp sender of project "${projectId}" (an upstream sender id, or a global id of this project).`,
          'senderIds',
        );
      return ref.senderId;
    }),
  );
}

builder.subscriptionField('whatsappSenderEvents', (t) =>
  t.field({
    type: WhatsappSenderEvent,
    nullable: false,
    description: `Events of the project's WhatsApp senders, in the order Sinch delivered them: state reached, rejected or failed changes, comments, quality rating, display name and username reviews, deletion, and sender events of types this version does not know (WhatsappUnknownSenderEvent). \`sender\` comes from the event itself, with no upstream call. Needs a webhook of the project pointing at this server (createWebhook). ${AUTH_DOC}`,
    args: {
      projectId: t.arg.id({ required: true, description: 'The Sinch project id.' }),
      senderIds: t.arg.idList({
        description:
          'Only events of these senders (upstream ids or WhatsappSender global ids of this project); all when absent.',
      }),
      types: t.arg({
        type: [WhatsappSenderEventType],
        description: 'Only events of these kinds (UNRECOGNIZED: the unknown ones); all when absent.',
      }),
    },
    extensions: upstreamCost({ calls: 1 }),
    subscribe: async (_root, args, ctx: SubscriptionContext) => {
      const projectId = checkProject(String(args.projectId));
      const senders = args.senderIds ? senderIdsOf(args.senderIds, projectId) : null;
      const types = args.types ? new Set<string>(args.types) : null;
      return projectEventStream<ResolvedWhatsappSenderEvent>(
        ctx,
        'whatsappSenderEvents',
        projectId,
        (event) => {
          const record = whatsappSenderEventOf(event);
          if (!record) return null;
          if (senders && !senders.has(record.payload.id)) return null;
          if (types && !types.has(record.type)) return null;
          return { ...record, sender: primeWhatsappSender(ctx, projectId, record.payload) };
        },
      );
    },
    resolve: (payload) => unwrap(payload),
  }),
);

builder.subscriptionField('whatsappAccountEvents', (t) =>
  t.field({
    type: WhatsappAccountEvent,
    nullable: false,
    description: `Events of the project's WhatsApp account (onboarding, verification, rejection, limits, WABA changes, comments, and account events of types this version does not know). \`account\` comes from the event itself, with no upstream call. ${AUTH_DOC}`,
    args: { projectId: t.arg.id({ required: true, description: 'The Sinch project id.' }) },
    extensions: upstreamCost({ calls: 1 }),
    subscribe: async (_root, args, ctx: SubscriptionContext) => {
      const projectId = checkProject(String(args.projectId));
      return projectEventStream<ResolvedWhatsappAccountEvent>(
        ctx,
        'whatsappAccountEvents',
        projectId,
        (event) => {
          const record = whatsappAccountEventOf(event);
          if (!record) return null;
          const account = record.payload ? toWhatsappAccountRecord(projectId, record.payload) : null;
          return { ...record, account };
        },
      );
    },
    resolve: (payload) => unwrap(payload),
  }),
);
