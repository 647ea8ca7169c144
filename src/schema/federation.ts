// Federation 2 entity declarations. Kept out of the type files: the types stay what the plain graph
// needs, and this file says how another subgraph's representation turns back into one of them.
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { declareCost } from './cost.ts';
import { ENTITY_TYPENAMES, entityKeyOf } from './entity-keys.ts';
import { Project } from './project.ts';
import { loadSender, RcsSender, type SenderRecord } from './rcs-senders/sender.ts';
import { loadWhatsappSender, WhatsappSender, type WhatsappSenderRecord } from './whatsapp/sender.ts';

/** The federation spec the subgraph links (and `subgraph.graphql` prints). */
export const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.6';

// A project is a handle for its id, here as everywhere: resolving one costs no upstream call.
builder.asEntity(Project, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref) => {
    const key = entityKeyOf({ ...ref, __typename: 'Project' });
    return key.kind === 'project' ? { id: key.projectId } : null;
  },
});

type SenderRepresentation = { id: string } | { projectId: string; senderId: string };

/**
 * A sender representation → the sender, through the request's sender loader (the same batch and cache as
 * `node`, `nodes` and list items, under the client's upstream slots): 1,000 representations cost one GET
 * per distinct sender. Null, not an error, when the sender does not exist for this caller or the key is malformed.
 */
export function resolveSenderReference(
  ref: SenderRepresentation,
  ctx: Context,
): Promise<SenderRecord | null> | null {
  const key = entityKeyOf({ ...ref, __typename: 'RcsSender' });
  return key.kind === 'sender' ? loadSender(ctx, key.sender.projectId, key.sender.senderId) : null;
}

/** A WhatsappSender representation → the sender, through its loader, as for RCS senders. */
export function resolveWhatsappSenderReference(
  ref: SenderRepresentation,
  ctx: Context,
): Promise<WhatsappSenderRecord | null> | null {
  const key = entityKeyOf({ ...ref, __typename: 'WhatsappSender' });
  return key.kind === 'sender' ? loadWhatsappSender(ctx, key.sender.projectId, key.sender.senderId) : null;
}

const UNUSABLE = `Not a representation of this subgraph's entities: __typename must be one of ${ENTITY_TYPENAMES.map((t) => `"${t}"`).join(', ')}.`;

/**
 * `_entities`, which the federation library builds, with its upstream cost declared here. The library's
 * `_entities` throws for a representation without a known `__typename`, which
 * nulls the whole answer (the field is non-null) with a masked error. Here such a representation costs
 * only its own item: null, with a BAD_USER_INPUT error at its index; the others resolve as usual (and
 * still in one loader batch: every item is started in the same tick).
 */
export function withItemwiseEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return schema;
  // A gateway sends every representation of a fetch in one call, duplicates and both key forms of a sender
  // included: the loader makes one GET per distinct sender, and a project is a handle (no call). What is
  // selected below counts once per distinct entity.
  declareCost(field, {
    calls: { distinctSendersOf: 'representations' },
    size: { distinctEntitiesOf: 'representations' },
  });
  field.resolve = (source, args: { representations: unknown[] }, ctx, info) =>
    args.representations.map((rep) =>
      entityKeyOf(rep).kind === 'unusable'
        ? new GraphQLError(UNUSABLE, { extensions: { code: 'BAD_USER_INPUT' } })
        : (resolve(source, { representations: [rep] }, ctx, info) as unknown[])[0],
    );
  return schema;
}

builder.asEntity(RcsSender, {
  key: [
    builder.selection<{ id: string }>('id'),
    builder.selection<{ projectId: string; senderId: string }>('projectId senderId'),
  ],
  resolveReference: (ref, ctx) => resolveSenderReference(ref, ctx),
});

builder.asEntity(WhatsappSender, {
  key: [
    builder.selection<{ id: string }>('id'),
    builder.selection<{ projectId: string; senderId: string }>('projectId senderId'),
  ],
  resolveReference: (ref, ctx) => resolveWhatsappSenderReference(ref, ctx),
});
