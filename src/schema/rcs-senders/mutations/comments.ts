import type { RcsComment as RcsCommentDto } from '../../../upstream/types.ts';
import { commentMutations } from '../../lib/comment-mutations.ts';
import { RcsComment } from '../activities.ts';
import { AddRcsAccountCommentInput, AddRcsSenderCommentInput } from '../inputs/sender.ts';
import { docs } from './docs.ts';
import { rcsSenderWrites } from './sender-ref.ts';

// addRcsSenderComment and addRcsAccountComment (src/schema/lib/comment-mutations.ts, as for WhatsApp).

commentMutations({
  channel: 'Rcs',
  docs,
  writes: rcsSenderWrites,
  comment: RcsComment,
  // The activity log later shows the same entry by "Provisioning API user".
  toRecord: (dto: RcsCommentDto) => ({ comment: dto.comment, created: dto.created ?? null, author: null }),
  senderInput: AddRcsSenderCommentInput,
  accountInput: AddRcsAccountCommentInput,
  onSender: (client, ref, body, opts) =>
    client.rcsSenders.createComment(ref.projectId, ref.senderId, body, opts),
  onAccount: (client, projectId, body, opts) => client.rcsAccounts.createComment(projectId, body, opts),
});
