import type { WhatsappComment as CommentDto } from '../../../upstream/whatsapp-types.ts';
import { commentMutations } from '../../lib/comment-mutations.ts';
import { WhatsappComment } from '../activities.ts';
import { AddWhatsappAccountCommentInput, AddWhatsappSenderCommentInput } from '../inputs/sender.ts';
import { docs } from './docs.ts';
import { whatsappSenderWrites } from './sender-ref.ts';

// addWhatsappSenderComment and addWhatsappAccountComment (src/schema/lib/comment-mutations.ts, as for
// RCS): 201 {type: "CREATED", comment, created}.

commentMutations({
  channel: 'Whatsapp',
  docs,
  writes: whatsappSenderWrites,
  comment: WhatsappComment,
  // The activity log later shows the entry by "Provisioning API user".
  toRecord: (dto: CommentDto) => ({ type: 'COMMENT_ADDED', comment: dto.comment, created: dto.created }),
  senderInput: AddWhatsappSenderCommentInput,
  accountInput: AddWhatsappAccountCommentInput,
  onSender: (client, ref, body, opts) =>
    client.whatsappSenders.comment(ref.projectId, ref.senderId, body, opts),
  onAccount: (client, projectId, body, opts) => client.whatsappAccount.comment(projectId, body, opts),
});
