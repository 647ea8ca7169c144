import { GraphQLError } from 'graphql';
import type { ListSendersQuery } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { STATES_FILTER, senderByIdField, senderConnection, senderListField } from '../lib/sender-list.ts';
import { Project } from '../project.ts';
import { OrderDirection, RcsSenderOrderField, RcsSenderState } from './enums/types.ts';
import { checkFilterLimits, FILTER_DOCS } from './filter-limits.ts';
import { resolveSenderRef } from './ids.ts';
import { RcsSender, senders } from './sender.ts';

export const RcsSenderFilter = builder.inputType('RcsSenderFilter', {
  description: 'Filters of the upstream sender list (all optional, combined with AND).',
  fields: (t) => ({
    states: t.field({
      type: [RcsSenderState.ref],
      description: STATES_FILTER,
    }),
    search: t.string({ description: FILTER_DOCS.search }),
    senderIds: t.idList({ description: FILTER_DOCS.senderIds }),
    conversationApiAppId: t.string({ description: FILTER_DOCS.conversationApiAppId }),
  }),
});

export const RcsSenderOrder = builder.inputType('RcsSenderOrder', {
  description: 'Sort order of the sender list (sortColumn, sortDirection).',
  fields: (t) => ({
    field: t.field({
      type: RcsSenderOrderField,
      required: true,
      description: 'Column to sort by (sortColumn).',
    }),
    direction: t.field({
      type: OrderDirection,
      required: true,
      defaultValue: 'ASC',
      description: 'Sort direction (sortDirection); ascending by default.',
    }),
  }),
});

export const RcsSenderConnection = senderConnection(
  RcsSender,
  'RcsSender',
  "A page of a project's RCS senders, read from the upstream list (GET .../rcs/senders).",
  'A sender with its cursor.',
);

type FilterInput = typeof RcsSenderFilter.$inferInput;

function listQuery(
  filter: FilterInput | null | undefined,
  order: { field: string; direction: string } | null | undefined,
) {
  const query: ListSendersQuery = {};
  checkFilterLimits(filter);
  if (filter?.states?.length) {
    if (filter.states.includes('UNRECOGNIZED')) {
      throw new GraphQLError(
        '`filter.states` cannot contain UNRECOGNIZED: the upstream filters by known states only.',
        {
          extensions: { code: 'BAD_USER_INPUT', argument: 'filter.states' },
        },
      );
    }
    query.filterStates = filter.states as ListSendersQuery['filterStates'];
  }
  if (filter?.search) query.search = filter.search;
  // The upstream format of filterSenderIds is not documented; comma-separated is the common reading.
  if (filter?.senderIds?.length) query.filterSenderIds = filter.senderIds.map(String).join(',');
  if (filter?.conversationApiAppId) query.filterConversationApiAppId = filter.conversationApiAppId;
  if (order) {
    query.sortColumn = order.field as ListSendersQuery['sortColumn'];
    query.sortDirection = order.direction as ListSendersQuery['sortDirection'];
  }
  return query;
}

builder.objectFields(Project, (t) => ({
  rcsSenders: senderListField(t, {
    type: RcsSenderConnection,
    description:
      "The project's RCS senders. One upstream call (GET .../rcs/senders) per page read; the senders it returns are not fetched again in this request.",
    filter: RcsSenderFilter,
    args: {
      orderBy: t.arg({
        type: RcsSenderOrder,
        description: "Sort order; the upstream's default order when absent.",
      }),
    },
    query: (filter, args) => listQuery(filter, args.orderBy),
    reads: senders,
  }),
  rcsSender: senderByIdField(t, {
    type: RcsSender,
    description:
      'One sender by its upstream id or its global id; null when it does not exist. One upstream GET (GET .../rcs/senders/{senderId}), shared with the rest of the request.',
    idDescription: 'The upstream sender id (a UUID) or the sender global id (RcsSender.id) of this project.',
    resolveRef: resolveSenderRef,
    reads: senders,
  }),
}));
