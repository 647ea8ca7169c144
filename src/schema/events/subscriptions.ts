import { GraphQLError } from 'graphql';
import type { SinchEvent } from '../../events/types.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { resolveSenderRef, type SenderRef } from '../rcs-senders/ids.ts';
import { primeSender } from '../rcs-senders/sender.ts';
import { E164 } from '../scalars.ts';
import { eventDeps, limitsOf } from './deps.ts';
import {
  RcsAccountEvent,
  RcsSenderEvent,
  RcsSenderEventType,
  RcsTestNumberStateChange,
  type ResolvedSenderEvent,
  type TestNumberChange,
} from './event-types.ts';
import { accountEventOf, senderEventOf } from './records.ts';
import { openSession, type SubscriptionContext } from './session.ts';
import { createQueueSource, eventStream, subscriptionError, unwrap } from './stream.ts';
import { joinPoller } from './test-number-poller.ts';

// The subscriptions (SSE on /graphql, and graphql-ws on the same path: src/http/websocket.ts). Each starts
// only after one upstream call shows the caller's credential can read the project; its failure is the
// subscription's error at once, with the codes queries use (UNAUTHENTICATED, FORBIDDEN, …). Events come
// from the per-project bus, so a subscriber only ever sees its project's; the project is compared again
// on every event anyway.

builder.subscriptionType({
  description:
    'Live events: Sinch webhook deliveries (verified and de-duplicated by the receiver) and test-number state changes (polled). Served over SSE and graphql-ws on /graphql.',
});

export const badInput = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

export function busOf(ctx: SubscriptionContext) {
  const bus = eventDeps(ctx).events;
  if (!bus)
    throw subscriptionError('Live events are not configured on this server.', 'SUBSCRIPTIONS_UNAVAILABLE');
  return bus;
}

export function checkProject(projectId: string): string {
  if (projectId.trim() === '') throw badInput('`projectId` must not be empty.', 'projectId');
  return projectId;
}

function senderRefs(ids: readonly (string | number)[], projectId: string, argument: string): SenderRef[] {
  return ids.map((id, i) => {
    const ref = resolveSenderRef(String(id), projectId);
    if (!ref)
      throw badInput(
        `\`${argument}[${i}]\` is not a sender of project "${projectId}" (an upstream sender id, or a global id of this project).`,
        argument,
      );
    return ref;
  });
}

/** The authorization call of the event subscriptions: one list page of one sender. */
export const listOne =
  (ctx: SubscriptionContext, projectId: string) =>
  (opts: Parameters<typeof ctx.deps.client.rcsSenders.list>[2]) =>
    ctx.deps.client.rcsSenders.list(projectId, { pageSize: 1 }, opts);

export const AUTH_DOC =
  'Starts after one upstream call shows the credential can read the project (a 1-item sender list); a credential the upstream refuses fails it immediately (UNAUTHENTICATED / FORBIDDEN). With forwarded credentials the check repeats every few minutes and the stream ends with UNAUTHENTICATED once the credential is refused. A subscriber too slow for the events is ended with SUBSCRIBER_TOO_SLOW.';

builder.subscriptionField('rcsSenderEvents', (t) =>
  t.field({
    type: RcsSenderEvent,
    nullable: false,
    description: `Events of the project's RCS senders, in the order Sinch delivered them: state, operator status, brand registration, comments, and sender events of types this version does not know (RcsUnknownSenderEvent). \`sender\` comes from the event itself, with no upstream call. Needs a webhook of the project pointing at this server (createWebhook). ${AUTH_DOC}`,
    args: {
      projectId: t.arg.id({ required: true, description: 'The Sinch project id.' }),
      senderIds: t.arg.idList({
        description:
          'Only events of these senders (upstream ids or sender global ids of this project); all when absent.',
      }),
      types: t.arg({
        type: [RcsSenderEventType],
        description: 'Only events of these kinds (UNRECOGNIZED: the unknown ones); all when absent.',
      }),
    },
    extensions: upstreamCost({ calls: 1 }),
    subscribe: async (_root, args, ctx: SubscriptionContext) => {
      const projectId = checkProject(String(args.projectId));
      const senders = args.senderIds
        ? new Set(senderRefs(args.senderIds, projectId, 'senderIds').map((r) => r.senderId))
        : null;
      const types = args.types ? new Set<string>(args.types) : null;
      const bus = busOf(ctx);
      const { session } = await openSession(ctx, 'rcsSenderEvents', projectId, listOne(ctx, projectId));
      const source = bus.subscribe(projectId, { bufferSize: limitsOf(session.deps).bufferSize });
      return eventStream<SinchEvent, ResolvedSenderEvent>({
        source,
        stopped: session.stopped,
        beforeEvent: session.beforeEvent,
        release: session.release,
        map: (event) => {
          if (event.projectId !== projectId) return null;
          const record = senderEventOf(event);
          if (!record) return null;
          if (senders && !senders.has(record.payload.id)) return null;
          if (types && !types.has(record.type)) return null;
          return { ...record, sender: primeSender(ctx, projectId, record.payload) };
        },
      });
    },
    resolve: (payload) => unwrap(payload),
  }),
);

builder.subscriptionField('rcsAccountEvents', (t) =>
  t.field({
    type: RcsAccountEvent,
    nullable: false,
    description: `Events of the project's RCS account (comments, and account events of types this version does not know). ${AUTH_DOC}`,
    args: { projectId: t.arg.id({ required: true, description: 'The Sinch project id.' }) },
    extensions: upstreamCost({ calls: 1 }),
    subscribe: async (_root, args, ctx: SubscriptionContext) => {
      const projectId = checkProject(String(args.projectId));
      const bus = busOf(ctx);
      const { session } = await openSession(ctx, 'rcsAccountEvents', projectId, listOne(ctx, projectId));
      return eventStream({
        source: bus.subscribe(projectId, { bufferSize: limitsOf(session.deps).bufferSize }),
        stopped: session.stopped,
        beforeEvent: session.beforeEvent,
        release: session.release,
        map: (event: SinchEvent) => (event.projectId === projectId ? accountEventOf(event) : null),
      });
    },
    resolve: (payload) => unwrap(payload),
  }),
);

builder.subscriptionField('rcsTestNumberStateChanged', (t) =>
  t.field({
    type: RcsTestNumberStateChange,
    nullable: false,
    description:
      "Changes of a sender's test-number invite states (a tester accepted, declined, an invite expired; a number added or removed). Sinch has no webhook for them, so the server polls the sender every TEST_NUMBER_POLL_MS (default 10 s) while anyone listens: one GET per interval per distinct credential and sender, however many subscribers. Starts with one GET of the sender (the authorization); a sender that does not exist fails it with NOT_FOUND. After repeated refusals of the credential the stream ends with the same error.",
    args: {
      projectId: t.arg.id({ required: true, description: 'The Sinch project id.' }),
      senderId: t.arg.id({
        required: true,
        description: 'The sender: its upstream id or its global id (RcsSender.id) of this project.',
      }),
      numbers: t.arg({
        type: ['PhoneNumber'],
        description: 'Only these numbers (E.164); all of the sender when absent.',
      }),
    },
    extensions: upstreamCost({ calls: 1 }),
    subscribe: async (_root, args, ctx: SubscriptionContext) => {
      const projectId = checkProject(String(args.projectId));
      const [ref] = senderRefs([args.senderId], projectId, 'senderId') as [SenderRef];
      args.numbers?.forEach((n, i) => {
        if (!E164.test(n))
          throw badInput(`\`numbers[${i}]\` must be an E.164 number, e.g. "+46123123111".`, 'numbers');
      });
      const { session, authorized } = await openSession(ctx, 'rcsTestNumberStateChanged', projectId, (opts) =>
        ctx.deps.client.rcsSenders.get(ref.projectId, ref.senderId, opts),
      );
      const queue = createQueueSource<TestNumberChange>(limitsOf(session.deps).bufferSize);
      const leave = joinPoller(session.deps, ctx, ref, authorized, {
        numbers: args.numbers ? new Set(args.numbers) : null,
        push: (change) => queue.push(change),
        fail: (error) => queue.fail(error),
      });
      return eventStream({
        source: queue,
        stopped: session.stopped,
        beforeEvent: session.beforeEvent,
        release: () => {
          leave();
          session.release();
        },
        map: (change: TestNumberChange) => change,
      });
    },
    resolve: (payload) => unwrap(payload),
  }),
);
