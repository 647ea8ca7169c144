import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { UpstreamApi } from '../../context.ts';
import type { CallOptions } from '../../upstream/types.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { SenderRef } from '../rcs-senders/ids.ts';
import { type MutationDocsTable, projectMutation, type SuccessOf } from './mutations.ts';
import type { senderWrites } from './sender-writes.ts';
import { validateComment } from './validation.ts';

// Comments, the channel to Sinch support and reviewers, on a sender or on the project's account: the same
// for every channel. The upstream answers with the comment only ({type: "CREATED", comment, created}); the
// commented sender is read back when selected.

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;
type Body = { comment: string };

/** A channel's comments: its names, its types, its two upstream operations and what it says of them. */
export interface CommentChannel<R, C, Dto> {
  /** "Rcs", "Whatsapp": the mutations are add<Channel>SenderComment and add<Channel>AccountComment. */
  channel: string;
  /** Where the channel's mutations are described: the two comment mutations among them. */
  docs: MutationDocsTable;
  writes: ReturnType<typeof senderWrites<R, never>>;
  comment: ObjectRef<Types, C>;
  /** The stored comment from the upstream's answer, which names no author. */
  toRecord: (dto: Dto) => C;
  senderInput: InputObjectRef<Types, Body & { senderId: string; projectId?: string | null }>;
  accountInput: InputObjectRef<Types, Body & { projectId: string }>;
  onSender: (client: UpstreamApi, ref: SenderRef, body: Body, opts: CallOptions) => Promise<Dto>;
  onAccount: (client: UpstreamApi, projectId: string, body: Body, opts: CallOptions) => Promise<Dto>;
}

const COMMENT_FIELD = 'The stored comment (no author: the upstream response names none).';

export function commentMutations<R, C, Dto>(c: CommentChannel<R, C, Dto>): void {
  // Pothos cannot resolve its result conditional over a type parameter; `type` fixes C.
  const commentField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, { comment: C }>) =>
    t.field({
      type: c.comment,
      nullable: false,
      description: COMMENT_FIELD,
      resolve: (p) => p.comment as never,
    });

  const senderSuccess: SuccessOf<{ ref: SenderRef; comment: C }> = (name, description) =>
    builder.objectRef<{ ref: SenderRef; comment: C }>(name).implement({
      description,
      fields: (t) => ({
        sender: c.writes.readBackField(t, 'The commented sender.'),
        comment: commentField(t),
      }),
    });
  const accountSuccess: SuccessOf<{ comment: C }> = (name, description) =>
    builder
      .objectRef<{ comment: C }>(name)
      .implement({ description, fields: (t) => ({ comment: commentField(t) }) });

  c.writes.mutation(c.docs, `add${c.channel}SenderComment`, {
    input: c.senderInput,
    success: senderSuccess,
    errors: [ValidationError, NotFoundError],
    validate: validateComment,
    write: (client, ref, input, opts) => c.onSender(client, ref, { comment: input.comment }, opts),
    answer: (dto, ref) => ({ ref, comment: c.toRecord(dto) }),
  });

  projectMutation(c.docs, `add${c.channel}AccountComment`, {
    input: c.accountInput,
    success: accountSuccess,
    errors: [ValidationError, NotFoundError],
    validate: validateComment,
    write: (client, projectId, input, opts) =>
      c.onAccount(client, projectId, { comment: input.comment }, opts),
    answer: (dto) => ({ comment: c.toRecord(dto) }),
  });
}
