import type { MutationDocsTable } from '../../lib/mutations.ts';

// What the schema says of each mutation here (the Docs pane's text); the declarations say what they do.

export const docs = {
  createRcsSender: {
    about:
      'Creates a sender (POST .../rcs/senders). Region, billing category and use case cannot be changed later.',
    input: 'The new sender.',
    success:
      'The created sender: DRAFT with minimal details; registration proceeds once the brand data is complete.',
    result:
      'The created sender, or why not: invalid input (ValidationError), a logo/banner or account conflict (ConflictError), throttling (RateLimitedError).',
  },
  updateRcsSender: {
    about:
      'Changes sender details (PATCH). An absent field is left alone; an explicit null deletes the value upstream. While LAUNCHING or LAUNCHED only countries may change.',
    input: 'The sender and the details to change.',
    success: 'The sender after the update.',
    result:
      'The updated sender, or why not: invalid input or a field not updatable in this state (ValidationError), unknown sender (NotFoundError), a conflict (ConflictError), throttling (RateLimitedError).',
  },
  launchRcsSender: {
    about:
      'Starts the launch review for every country in details.countries (POST .../launch). Allowed from IN_TEST, LAUNCHING, LAUNCHED and UNLAUNCHED; RcsSender.launchReadiness shows what is missing beforehand.',
    input: 'The sender to launch.',
    success:
      'The sender after the launch request: PREPARING_LAUNCH (waiting for a review video) or LAUNCHING.',
    result:
      'The sender after the launch request, or why not: unmet preconditions (LaunchPreconditionError), a state that cannot launch (InvalidStateError), unknown sender (NotFoundError), throttling (RateLimitedError).',
  },
  addRcsTestNumbers: {
    about:
      'Invites numbers as testers (POST .../testNumbers). Google RBM allows 20 invites per day and 200 in total per sender.',
    input: 'The sender and the numbers to invite.',
    result:
      'The invited numbers, or why not: invalid numbers (ValidationError), unknown sender or a number that cannot be invited (NotFoundError), invite caps or throttling (RateLimitedError).',
  },
  deleteRcsTestNumber: {
    about: 'Removes a test number (DELETE .../testNumbers/{number}).',
    input: 'The sender and the number to remove.',
    result:
      'The removal, or why not: unknown sender or a number that is not a tester (NotFoundError), throttling (RateLimitedError).',
  },
  resendRcsTestNumberInvite: {
    about:
      'Sends the tester invite again (GET .../testNumbers/{number}/retry, deprecated upstream without a published replacement).',
    input: 'The sender and the number to re-invite.',
    result:
      'The new invite state, or why not: an invalid number (ValidationError), unknown sender or a number that is not a tester or declined (NotFoundError), invite caps or throttling (RateLimitedError).',
  },
  addRcsSenderComment: {
    about: 'Adds a comment to a sender (POST .../comments); it shows up in the activities as COMMENT_ADDED.',
    input: 'The sender and the comment.',
    success: 'The comment was stored on the sender.',
    result: 'The stored comment, or why not: invalid text (ValidationError), unknown sender (NotFoundError).',
  },
  addRcsAccountComment: {
    about: 'Adds a comment at the RCS account (project) level (POST /v1/projects/{projectId}/rcs/comments).',
    input: 'The project and the comment.',
    success: "The comment was stored on the project's RCS account.",
    result:
      'The stored comment, or why not: invalid text (ValidationError), no RCS account for the project (NotFoundError).',
  },
} satisfies MutationDocsTable;
