import { GraphQLError } from 'graphql';
import type { WhatsappListSendersQuery } from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import {
  AFTER_ARG,
  type ConnectionResult,
  checkFirst,
  DEFAULT_FIRST,
  FIRST_ARG,
  paginate,
} from '../lib/pagination.ts';
import { Project } from '../project.ts';
import { WhatsappSenderChangeStatus, WhatsappSenderState } from './enums.ts';
import { resolveWhatsappSenderRef } from './ids.ts';
import { loadWhatsappSender, WhatsappSender, type WhatsappSenderRecord, whatsappSenders } from './sender.ts';

export const WhatsappSenderFilter = builder.inputType('WhatsappSenderFilter', {
  description: 'Filters of the upstream WhatsApp sender list (both optional, combined with AND).',
  fields: (t) => ({
    states: t.field({
      type: [WhatsappSenderState.ref],
      description: 'Only senders in these states (filterStates). UNRECOGNIZED is not a filter value.',
    }),
    changeStatuses: t.field({
      type: [WhatsappSenderChangeStatus.ref],
      description:
        'Only senders whose pending changes have one of these statuses (filterStatuses). UNRECOGNIZED is not a filter value.',
    }),
  }),
});

export const WhatsappSenderConnection = builder.connectionObject(
  {
    type: WhatsappSender,
    name: 'WhatsappSenderConnection',
    description:
      "A page of a project's WhatsApp senders, read from the upstream list (GET .../whatsapp/senders).",
    fields: (t) => ({
      totalCount: t.int({
        nullable: false,
        description: 'Senders matching the filter on all pages (upstream totalSize).',
        resolve: (c) => (c as unknown as ConnectionResult<WhatsappSenderRecord>).totalCount,
      }),
    }),
  },
  { name: 'WhatsappSenderEdge', description: 'A WhatsApp sender with its cursor.' },
);

type FilterInput = typeof WhatsappSenderFilter.$inferInput;

/** At most this many values per filter list: the upstream's enums are shorter, a longer list is a mistake. */
const MAX_FILTER_VALUES = 10;

function checkValues(values: readonly string[] | null | undefined, argument: string): string[] | undefined {
  if (!values?.length) return undefined;
  const fail = (message: string) => {
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  };
  if (values.includes('UNRECOGNIZED')) {
    fail(`\`${argument}\` cannot contain UNRECOGNIZED: the upstream filters by known values only.`);
  }
  if (values.length > MAX_FILTER_VALUES) fail(`\`${argument}\` takes at most ${MAX_FILTER_VALUES} values.`);
  return [...new Set(values)];
}

/** The upstream query of a filter; checked before any upstream call. */
export function whatsappListQuery(filter: FilterInput | null | undefined): WhatsappListSendersQuery {
  const query: WhatsappListSendersQuery = {};
  const states = checkValues(filter?.states, 'filter.states');
  const statuses = checkValues(filter?.changeStatuses, 'filter.changeStatuses');
  if (states) query.filterStates = states as WhatsappListSendersQuery['filterStates'];
  if (statuses) query.filterStatuses = statuses as WhatsappListSendersQuery['filterStatuses'];
  return query;
}

builder.objectFields(Project, (t) => ({
  whatsappSenders: t.field({
    type: WhatsappSenderConnection,
    nullable: true,
    description:
      "The project's WhatsApp senders. One upstream call (GET .../whatsapp/senders) per page read; the senders it returns are not fetched again in this request. A project without a WhatsApp account is a NOT_FOUND error (upstreamCode project_not_initialized).",
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
      filter: t.arg({
        type: WhatsappSenderFilter,
        description: 'Upstream filters; none means every sender.',
      }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (project, args, ctx) => {
      const query = whatsappListQuery(args.filter);
      return paginate(whatsappSenders.pagesOf(ctx, project.id, query), {
        first: checkFirst(args.first),
        after: args.after,
      });
    },
  }),
  whatsappSender: t.field({
    type: WhatsappSender,
    nullable: true,
    description:
      'One WhatsApp sender by its upstream id or its global id; null when it does not exist (also in a project without a WhatsApp account). One upstream GET (GET .../whatsapp/senders/{senderId}), shared with the rest of the request.',
    args: {
      id: t.arg.id({
        required: true,
        description: 'The upstream sender id or the sender global id (WhatsappSender.id) of this project.',
      }),
    },
    extensions: upstreamCost({ calls: 1 }),
    resolve: (project, args, ctx) => {
      const ref = resolveWhatsappSenderRef(String(args.id), project.id);
      return ref ? loadWhatsappSender(ctx, ref.projectId, ref.senderId) : null;
    },
  }),
}));
