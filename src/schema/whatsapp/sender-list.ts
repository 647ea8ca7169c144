import { GraphQLError } from 'graphql';
import type { WhatsappListSendersQuery } from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
import { STATES_FILTER, senderByIdField, senderConnection, senderListField } from '../lib/sender-list.ts';
import { Project } from '../project.ts';
import { WhatsappSenderChangeStatus, WhatsappSenderState } from './enums.ts';
import { resolveWhatsappSenderRef } from './ids.ts';
import { WhatsappSender, whatsappSenders } from './sender.ts';

export const WhatsappSenderFilter = builder.inputType('WhatsappSenderFilter', {
  description: 'Filters of the upstream WhatsApp sender list (both optional, combined with AND).',
  fields: (t) => ({
    states: t.field({
      type: [WhatsappSenderState.ref],
      description: STATES_FILTER,
    }),
    changeStatuses: t.field({
      type: [WhatsappSenderChangeStatus.ref],
      description:
        'Only senders whose pending changes have one of these statuses (filterStatuses). UNRECOGNIZED is not a filter value.',
    }),
  }),
});

export const WhatsappSenderConnection = senderConnection(
  WhatsappSender,
  'WhatsappSender',
  "A page of a project's WhatsApp senders, read from the upstream list (GET .../whatsapp/senders).",
  'A WhatsApp sender with its cursor.',
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
  whatsappSenders: senderListField(t, {
    type: WhatsappSenderConnection,
    description:
      "The project's WhatsApp senders. One upstream call (GET .../whatsapp/senders) per page read; the senders it returns are not fetched again in this request. A project without a WhatsApp account is a NOT_FOUND error (upstreamCode project_not_initialized).",
    filter: WhatsappSenderFilter,
    query: whatsappListQuery,
    reads: whatsappSenders,
  }),
  whatsappSender: senderByIdField(t, {
    type: WhatsappSender,
    description:
      'One WhatsApp sender by its upstream id or its global id; null when it does not exist (also in a project without a WhatsApp account). One upstream GET (GET .../whatsapp/senders/{senderId}), shared with the rest of the request.',
    idDescription: 'The upstream sender id or the sender global id (WhatsappSender.id) of this project.',
    resolveRef: resolveWhatsappSenderRef,
    reads: whatsappSenders,
  }),
}));
