import type { Context } from '../../context.ts';
import { callOptions } from '../../context.ts';
import { memo } from '../../loaders/pages.ts';
import type { WebhookDto, WebhookList, WebhookTrigger as WebhookTriggerValue } from '../../upstream/types.ts';
import { MAX_WEBHOOKS_PER_PROJECT, WEBHOOK_TRIGGERS } from '../../upstream/webhooks.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import {
  describedValues,
  describeEach,
  openEnumMapper,
  UNRECOGNIZED,
  UNRECOGNIZED_DOC,
} from '../lib/enums.ts';
import { AFTER_ARG, type ConnectionResult, paginate } from '../lib/pagination.ts';
import { Project } from '../project.ts';
import { badFirst } from './validation.ts';

// Provisioning webhooks of a project (/v1/projects/{projectId}/webhooks): where Sinch POSTs its signed events.
// The secret is write-only upstream and in the graph: no type here has a field for it.

const RCS_DOCS: Partial<Record<WebhookTriggerValue, string>> = {
  ALL: 'Every event of the project, present and future types.',
  RCS_SENDER_STATUS_UPDATED: 'An RCS sender changed state (rcsSenderEvents: RcsSenderStatusUpdated).',
  RCS_SENDER_OPERATOR_STATUS_UPDATED:
    'The launch status of an RCS sender with one operator changed (rcsSenderEvents: RcsSenderOperatorStatusUpdated).',
  RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED:
    'The US brand registration of an RCS sender changed status (rcsSenderEvents: RcsBrandRegistrationStatusUpdated).',
  RCS_SENDER_COMMENT_ADDED: 'A comment was added to an RCS sender (rcsSenderEvents: RcsSenderCommentAdded).',
  RCS_ACCOUNT_COMMENT_ADDED: "A comment was added to the project's RCS account (rcsAccountEvents).",
  BUNDLE_DONE: 'A provisioning bundle finished (not an RCS event; this graph does not publish it).',
};

function triggerDoc(value: WebhookTriggerValue): string {
  const known = RCS_DOCS[value];
  if (known) return known;
  const channel = value.startsWith('WHATSAPP') ? 'WhatsApp' : 'KakaoTalk';
  return `The ${channel} event ${value} (not an RCS event; this graph does not publish it).`;
}

export const WebhookTrigger = builder.enumType('WebhookTrigger', {
  description:
    'An event type a webhook is registered for (the upstream triggers). UNRECOGNIZED: a trigger this version of the graph does not know; it cannot be sent.',
  values: describedValues<WebhookTriggerValue | typeof UNRECOGNIZED>({
    ...describeEach(WEBHOOK_TRIGGERS, triggerDoc),
    [UNRECOGNIZED]: UNRECOGNIZED_DOC,
  }),
});

const mapTrigger = openEnumMapper('WebhookTrigger', WEBHOOK_TRIGGERS);

export const Webhook = builder.objectRef<WebhookDto>('Webhook').implement({
  description:
    'A provisioning webhook: Sinch POSTs the events of its triggers to its target, signed with its secret. The secret is write-only and never shown.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The upstream webhook id, unchanged.' }),
    projectId: t.exposeID('projectId', { nullable: false, description: 'The project it belongs to.' }),
    target: t.exposeString('target', {
      nullable: false,
      description: 'The URL the events are POSTed to; unique within the project.',
    }),
    triggers: t.field({
      type: [WebhookTrigger],
      nullable: false,
      description: 'The event types delivered to it.',
      resolve: (w) => (w.triggers ?? []).map((v) => mapTrigger(v) ?? UNRECOGNIZED),
    }),
  }),
});

export const WebhookConnection = builder.connectionObject(
  {
    type: Webhook,
    name: 'WebhookConnection',
    description: "A page of a project's webhooks, read from the upstream list (GET .../webhooks).",
    fields: (t) => ({
      totalCount: t.int({
        nullable: false,
        description: 'Webhooks of the project on all pages (upstream totalSize; at most 15).',
        resolve: (c) => (c as unknown as ConnectionResult<WebhookDto>).totalCount,
      }),
    }),
  },
  { name: 'WebhookEdge', description: 'A webhook with its cursor.' },
);

/** One list page, once per (caller, project, token, size) in a request. */
export function webhookPage(
  ctx: Context,
  projectId: string,
  token: string | undefined,
  pageSize: number,
): Promise<WebhookList> {
  return memo(ctx, ['webhooks', projectId, token ?? null, pageSize], () =>
    ctx.deps.client.webhooks.list(
      projectId,
      { pageSize, ...(token === undefined ? {} : { pageToken: token }) },
      callOptions(ctx),
    ),
  );
}

builder.objectFields(Project, (t) => ({
  webhooks: t.field({
    type: WebhookConnection,
    nullable: true,
    description:
      "The project's provisioning webhooks, in the upstream's order (by target). One upstream call (GET .../webhooks) per page read.",
    args: {
      first: t.arg.int({
        defaultValue: MAX_WEBHOOKS_PER_PROJECT,
        description: `Items per page, 1 to ${MAX_WEBHOOKS_PER_PROJECT} (the upstream's page-size limit; a project has at most ${MAX_WEBHOOKS_PER_PROJECT}); default ${MAX_WEBHOOKS_PER_PROJECT}. Outside that range the request is refused before any upstream call.`,
      }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (project, args, ctx) => {
      const first = args.first ?? MAX_WEBHOOKS_PER_PROJECT;
      if (!Number.isInteger(first) || first < 1 || first > MAX_WEBHOOKS_PER_PROJECT) throw badFirst(first);
      return paginate(
        async (token, pageSize) => {
          const page = await webhookPage(ctx, project.id, token, pageSize);
          return { ...page, items: page.webhooks ?? [] };
        },
        { first, after: args.after },
      );
    },
  }),
}));
