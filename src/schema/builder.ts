import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin, { capitalize } from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin, { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { upstreamCost } from './cost.ts';
import { MAX_PAGES_PER_FIELD } from './lib/pagination.ts';

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    ID: { Input: string; Output: string };
    // Output accepts the upstream string as is (parsed leniently, printed canonically) or a Date.
    DateTime: { Input: Date; Output: Date | string };
    PhoneNumber: { Input: string; Output: string };
  };
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}

/** The node types `node`/`nodes` can load by id: only senders are refetchable (rcs-senders/, whatsapp/). */
const LOADABLE_NODE_TYPES: ReadonlySet<string> = new Set(['RcsSender', 'WhatsappSender']);

/** What a string that is not a global id decodes to: it names no type, so it loads as null. */
const NOT_A_GLOBAL_ID = { typename: '', id: '' };

export const builder = new SchemaBuilder<SchemaTypes>({
  // Federation last: it must see the resolvers as the other plugins wrapped them.
  plugins: [ErrorsPlugin, DataloaderPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
  errors: {
    // Never `Error` itself: that would turn every internal failure, message included, into data.
    defaultTypes: [],
    // Every mutation answers `<Verb><Noun>Result`: its own `…Success` object or one of the error types it
    // lists, so a mutation names only its error types (and says in `union.description` what each means).
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    // The descriptions below are those of the relay-generated types and fields (Node, PageInfo, every
    // connection's edges/nodes/pageInfo and every edge's cursor/node): GraphiQL is the documentation.
    nodeTypeOptions: {
      description: 'An object with a global id, refetchable with `Query.node` / `Query.nodes`.',
    },
    idFieldOptions: {
      description: 'Global id: opaque, stable, and accepted by `Query.node` and wherever an input takes one.',
    },
    // An id that is not one, or names a type `node` cannot load (Project, RcsTestNumber, an unknown name),
    // is an id that does not exist: null, as for a sender that is gone. No error: a client holding a stale
    // or foreign id learns the same as from any missing node, and nothing internal is shown.
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        return NOT_A_GLOBAL_ID;
      }
    },
    nodeQueryOptions: {
      description:
        'Any node by its global id. Costs one upstream GET per distinct sender (batched with the rest of the request). Null, without an error, when it does not exist for this caller, the id is malformed, or it names a type that is not loadable by id (only RcsSender and WhatsappSender are).',
      args: { id: { description: 'A global id, e.g. `RcsSender.id` or `WhatsappSender.id`.' } },
      extensions: upstreamCost({ calls: 1 }),
      resolve: (_root, args, _ctx, _info, resolveNode) =>
        LOADABLE_NODE_TYPES.has(args.id.typename) ? resolveNode(args.id) : null,
    },
    nodesQueryOptions: {
      description:
        'Nodes by global id, in the order asked. Null, without an error, for each one that does not exist, is malformed or names a type that is not loadable by id (only RcsSender and WhatsappSender are). One upstream GET per distinct sender, batched and de-duplicated.',
      args: { ids: { description: 'Global ids, e.g. `RcsSender.id` or `WhatsappSender.id` values.' } },
      // Ids of one sender load once; ids of other types or malformed ones are null without a call.
      extensions: upstreamCost({
        calls: { distinctSendersOf: 'ids' },
        size: { distinctEntitiesOf: 'ids' },
        listArgument: 'ids',
      }),
      resolve: (_root, args, ctx, info) => loadableNodes(ctx, info, args.ids),
    },
    pageInfoTypeOptions: {
      description:
        'Where a connection page sits in the whole list (Relay cursor spec). Pages are read from the upstream pageToken/pageSize pagination; only forward paging (`first`/`after`) exists.',
    },
    hasNextPageFieldOptions: {
      description:
        'Whether more items follow this page (the upstream reported a nextPageToken, or the page has more).',
    },
    hasPreviousPageFieldOptions: {
      description:
        'Whether items precede this page (it was read with `after`, or the upstream reported a previousPageToken).',
    },
    startCursorFieldOptions: { description: "The first edge's cursor; null when the page is empty." },
    endCursorFieldOptions: {
      description: `The last edge's cursor: pass it as \`after\` for the next page. Null when the page is empty, unless the page cap (${MAX_PAGES_PER_FIELD} upstream pages per field) stopped the reading first: then it continues after what was read.`,
    },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: 'The items of this page in upstream order, each with the cursor to continue after it.',
    },
    nodesOnConnection: { description: 'The items of this page, as in `edges` but without cursors.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: {
      description:
        'Opaque cursor of this item: pass it as `after` to continue after it. Valid only for the same connection with the same arguments.',
    },
  },
});

/** `nodes`: each id of a loadable type through its loader, every other one null in its place. */
function loadableNodes(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly { typename: string; id: string }[],
): Promise<unknown[]> {
  return resolveNodes(
    builder,
    ctx,
    info,
    ids.map((id) => (LOADABLE_NODE_TYPES.has(id.typename) ? id : null)),
  );
}

builder.queryType({
  description:
    'Read access to the RCS senders of Sinch projects. Fields that call the upstream say so; within one request, reads of the same upstream resource are batched and cached.',
});
builder.mutationType({
  description:
    'Writes to the Sinch Provisioning API. Each mutation takes one `input` and returns a union of its success type and the errors a client can act on; input is validated before any upstream call.',
});
