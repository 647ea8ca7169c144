import type DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { LoaderContext } from '../../loaders/keys.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { Project } from '../project.ts';
import { parseRawSenderId, rawSenderId } from '../rcs-senders/ids.ts';

// A sender node of any channel (RcsSender, WhatsappSender): its global id ("projectId:senderId") and its
// one per-request loader, keyed by (credential fingerprint, project id, sender id), and the channel's read
// path (src/loaders/sender-reads.ts) over that loader; and the fields every sender has the same way.

/** What a sender node needs of its channel's read path. */
export interface SenderNodePath<Rec, Reads> {
  readonly key: (authKey: string, projectId: string, senderId: string) => string;
  readonly loadById: (ctx: LoaderContext, keys: readonly string[]) => Promise<(Rec | null | Error)[]>;
  readonly reads: (loaderOf: (ctx: LoaderContext) => DataLoader<string, Rec | null, string>) => Reads;
}

/** The loadable node `name` and the channel's reads over its loader. */
export function senderNode<Rec extends { readonly id: string; readonly projectId: string }, Reads>(
  name: string,
  path: SenderNodePath<Rec, Reads>,
) {
  const ref = builder.loadableNodeRef(name, {
    id: {
      description: 'Global id; encodes the project id and the sender id.',
      resolve: (sender: Rec) => rawSenderId(sender.projectId, sender.id),
      // The raw id is "projectId:senderId"; a malformed one becomes a key the loader answers with null.
      parse: (raw: string, ctx: Context) => {
        const ref = parseRawSenderId(raw);
        return path.key(ctx.authKey, ref?.projectId ?? '', ref?.senderId ?? '');
      },
    },
    load: (keys: string[], ctx: Context) => path.loadById(ctx, keys),
  });
  return { ref, reads: path.reads((ctx) => ref.getDataloader(ctx)) };
}

/** The fields every sender node has the same way, for its `implement` (senderId says what the id is). */
export function senderFields<Rec extends { readonly id: string; readonly projectId: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, Rec>,
  senderIdDescription: string,
) {
  return {
    senderId: t.id({ nullable: false, description: senderIdDescription, resolve: (s) => s.id }),
    projectId: t.id({
      nullable: false,
      description: 'The Sinch project the sender belongs to.',
      resolve: (s) => s.projectId,
    }),
    project: t.field({
      type: Project,
      nullable: false,
      description: 'The project the sender belongs to (no upstream call).',
      resolve: (s) => ({ id: s.projectId }),
    }),
  };
}

/** When a sender was created and last modified, for its `implement`. */
export function senderTimestamps<
  Rec extends { readonly created?: string | undefined; readonly modified?: string | undefined },
>(t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, Rec>) {
  return {
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the sender was created (created).',
      resolve: (s) => s.created ?? null,
    }),
    modifiedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the sender was last modified (modified).',
      resolve: (s) => s.modified ?? null,
    }),
  };
}
