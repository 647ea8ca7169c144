import type { InputFieldMap, InputObjectRef, InputShapeFromFields, ObjectRef } from '@pothos/core';
import type { Context } from '../../context.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import type { ProjectRecord } from '../project.ts';
import type { SenderRef } from '../rcs-senders/ids.ts';
import {
  AFTER_ARG,
  type ConnectionResult,
  checkFirst,
  DEFAULT_FIRST,
  FIRST_ARG,
  paginate,
  type UpstreamPage,
} from './pagination.ts';

// Project.<channel>Senders and Project.<channel>Sender, whatever the channel: pages of the channel's
// upstream sender list, and one sender by its upstream or global id. The channel gives its node, filter
// arguments and upstream query; the reads are its sender node's (src/schema/lib/sender-node.ts).

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;
type ProjectFields = PothosSchemaTypes.ObjectFieldBuilder<Types, ProjectRecord>;

/** The node of a channel's senders: it resolves from a record or from a global id's key. */
type SenderNode<Rec> = ObjectRef<Types, Rec | string>;
type ListArgs<Filter> = { first?: number | null; after?: string | null; filter?: Filter | null };

/** `<name>Connection` of a channel's senders, with the upstream's total, and its `<name>Edge`. */
export function senderConnection<Rec>(
  node: SenderNode<Rec>,
  name: string,
  description: string,
  edgeDescription: string,
) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description,
      fields: (t) => ({
        totalCount: t.int({
          nullable: false,
          description: 'Senders matching the filter on all pages (upstream totalSize).',
          resolve: (c) => (c as unknown as ConnectionResult<Rec>).totalCount,
        }),
      }),
    },
    { name: `${name}Edge`, description: edgeDescription },
  );
}

/** The `states` field of a channel's sender filter. */
export const STATES_FILTER =
  'Only senders in these states (filterStates). UNRECOGNIZED is not a filter value.';

/**
 * Project.<channel>Senders: `first`, `after`, `filter` and the channel's other `args`, from which `query`
 * makes the upstream query.
 */
export function senderListField<Rec, Filter, Query, Args extends InputFieldMap = Record<never, never>>(
  t: ProjectFields,
  list: {
    readonly type: ReturnType<typeof senderConnection<Rec>>;
    readonly description: string;
    readonly filter: InputObjectRef<Types, Filter>;
    readonly args?: Args;
    /** The upstream query of the arguments, checked before any upstream call. */
    readonly query: (filter: Filter | null | undefined, args: InputShapeFromFields<Args>) => Query;
    readonly reads: {
      readonly pagesOf: (
        ctx: Context,
        projectId: string,
        query: Query,
      ) => (token: string | undefined, pageSize: number) => Promise<UpstreamPage<Rec>>;
    };
  },
) {
  return t.field({
    type: list.type,
    nullable: true,
    description: list.description,
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
      filter: t.arg({ type: list.filter, description: 'Upstream filters; none means every sender.' }),
      ...list.args,
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (project, args, ctx) => {
      // Pothos types the merged arguments by their keys, which a generic `Args` leaves open.
      const given = args as unknown as ListArgs<Filter> & InputShapeFromFields<Args>;
      const query = list.query(given.filter, given);
      return paginate(list.reads.pagesOf(ctx, project.id, query), {
        first: checkFirst(given.first),
        after: given.after,
      });
    },
  });
}

/** Project.<channel>Sender: one sender by its upstream id or its global id; null when it does not exist. */
export function senderByIdField<Rec>(
  t: ProjectFields,
  one: {
    readonly type: SenderNode<Rec>;
    readonly description: string;
    readonly idDescription: string;
    readonly resolveRef: (id: string, projectId: string) => SenderRef | null;
    readonly reads: {
      readonly load: (ctx: Context, projectId: string, senderId: string) => Promise<Rec | null>;
    };
  },
) {
  return t.field({
    type: one.type,
    nullable: true,
    description: one.description,
    args: { id: t.arg.id({ required: true, description: one.idDescription }) },
    extensions: upstreamCost({ calls: 1 }),
    resolve: (project, args, ctx) => {
      const ref = one.resolveRef(String(args.id), project.id);
      // The record is the node's shape; Pothos cannot check that against a generic `Rec`.
      return (ref ? one.reads.load(ctx, ref.projectId, ref.senderId) : null) as never;
    },
  });
}
