import type { Api } from './client.ts';
import { graphql } from './gql/index.ts';

// A mutation: the result is a union, so the outcome a user can act on is data, matched on __typename.

export const AddComment = graphql(`
  mutation AddComment($input: AddRcsSenderCommentInput!) {
    addRcsSenderComment(input: $input) {
      __typename
      ... on AddRcsSenderCommentSuccess {
        comment {
          comment
          createdAt
        }
      }
      ... on ValidationError {
        code
        message
        fieldErrors {
          path
          message
        }
      }
      ... on NotFoundError {
        code
        message
      }
    }
  }
`);

export type CommentOutcome =
  | { ok: true; created: string | null }
  | { ok: false; reason: 'invalid'; fields: Record<string, string> }
  | { ok: false; reason: 'not-found'; message: string }
  | { ok: false; reason: 'error'; code: string; requestId: string | null };

export async function addComment(api: Api, senderId: string, comment: string): Promise<CommentOutcome> {
  const answer = await api(AddComment, { input: { senderId, comment } });
  const result = answer.data?.addRcsSenderComment;
  switch (result?.__typename) {
    case 'AddRcsSenderCommentSuccess':
      return { ok: true, created: result.comment.createdAt ?? null };
    case 'ValidationError':
      return {
        ok: false,
        reason: 'invalid',
        fields: Object.fromEntries(result.fieldErrors.map((e) => [e.path.join('.'), e.message])),
      };
    case 'NotFoundError':
      return { ok: false, reason: 'not-found', message: result.message };
    default: {
      // No result: a request-level error (auth, limits, the upstream down) — see errors.ts.
      const code = answer.errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      return { ok: false, reason: 'error', code, requestId: answer.requestId };
    }
  }
}
