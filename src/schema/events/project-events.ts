import type { SinchEvent } from '../../events/types.ts';
import { limitsOf } from './deps.ts';
import { openSession, type SubscriptionContext } from './session.ts';
import { eventStream } from './stream.ts';
import { busOf, listOne } from './subscriptions.ts';

/**
 * The stream of a subscription to a project's webhook events (the WhatsApp ones, whatsapp-subscriptions.ts):
 * the authorization call of the event subscriptions (openSession with listOne), then the bus's events of
 * the project, each mapped by `map` (null: not one of this subscription's).
 */
export async function projectEventStream<T>(
  ctx: SubscriptionContext,
  field: string,
  projectId: string,
  map: (event: SinchEvent) => T | null,
) {
  const bus = busOf(ctx);
  const { session } = await openSession(ctx, field, projectId, listOne(ctx, projectId));
  return eventStream<SinchEvent, T>({
    source: bus.subscribe(projectId, { bufferSize: limitsOf(session.deps).bufferSize }),
    stopped: session.stopped,
    beforeEvent: session.beforeEvent,
    release: session.release,
    map: (event) => (event.projectId === projectId ? map(event) : null),
  });
}
