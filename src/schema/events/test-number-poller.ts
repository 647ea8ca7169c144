import type { GraphQLError } from 'graphql';
import { type Context, DEFAULT_REQUEST_DEADLINE_MS, requestDeadline } from '../../context.ts';
import { makeKey } from '../../loaders/keys.ts';
import { UpstreamAuthError, UpstreamForbiddenError, UpstreamNotFoundError } from '../../upstream/errors.ts';
import { createCallMeter } from '../../upstream/meter.ts';
import type { CallAuth, RcsSender as RcsSenderDto } from '../../upstream/types.ts';
import { DEFAULT_TEST_NUMBER_POLL_MS, type EventDeps, limitsOf } from './deps.ts';
import type { TestNumberChange } from './event-types.ts';
import { mappedUpstreamError } from './session.ts';

// Sinch has no trigger for test-number invites, so their states are polled: one poller per distinct
// (credential fingerprint, project, sender) on a server, however many subscribers it has. It starts with the
// first subscriber (its baseline is that subscriber's authorization GET, so no extra call) and stops, timer
// and any call in flight, when the last one leaves. Each poll is one upstream GET of the sender, with a
// budget of one call and the request deadline, on behalf of the subscribers' shared credential; it counts
// against no GraphQL request's budget (the per-credential subscription limit bounds how many pollers run).
// A failed poll is logged and the next interval tries again; after maxPollAuthFailures consecutive 401/403
// answers (or a sender that is gone) every stream of the poller ends with that error.

export interface PollSubscriber {
  /** Changes of the numbers it asked for (all when null). */
  readonly numbers: ReadonlySet<string> | null;
  push(change: TestNumberChange): void;
  fail(error: GraphQLError): void;
}

type States = Map<string, string>;

export function statesOf(dto: RcsSenderDto): States {
  return new Map((dto.testNumberStates ?? []).map((s) => [s.number, s.state]));
}

function diff(before: States, after: States, at: Date, ids: { projectId: string; senderId: string }) {
  const changes: TestNumberChange[] = [];
  for (const [number, state] of after) {
    const previous = before.get(number) ?? null;
    if (previous !== state)
      changes.push({ ...ids, number, previousState: previous, currentState: state, at });
  }
  for (const [number, state] of before) {
    if (!after.has(number)) changes.push({ ...ids, number, previousState: state, currentState: null, at });
  }
  return changes;
}

class Poller {
  readonly subscribers = new Set<PollSubscriber>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;
  private authFailures = 0;
  private stopped = false;

  constructor(
    private readonly deps: EventDeps,
    private readonly ctx: Context,
    private readonly ids: { projectId: string; senderId: string },
    private readonly auth: CallAuth,
    private states: States,
    private readonly onStop: () => void,
  ) {
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => void this.poll(),
      this.deps.testNumberPollMs ?? DEFAULT_TEST_NUMBER_POLL_MS,
    );
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    const scope = requestDeadline(
      this.deps.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
      controller.signal,
    );
    try {
      const dto = await this.deps.client.rcsSenders.get(this.ids.projectId, this.ids.senderId, {
        auth: this.auth,
        requestId: `${this.ctx.requestId}:poll`,
        meter: createCallMeter(1),
        signal: scope.signal,
        deadline: scope.deadline,
      });
      if (this.stopped) return;
      this.authFailures = 0;
      const next = statesOf(dto);
      const changes = diff(this.states, next, new Date(), this.ids);
      this.states = next;
      for (const sub of this.subscribers) {
        for (const change of changes) if (!sub.numbers || sub.numbers.has(change.number)) sub.push(change);
      }
    } catch (error) {
      if (this.stopped) return;
      const auth = error instanceof UpstreamAuthError || error instanceof UpstreamForbiddenError;
      if (auth) this.authFailures += 1;
      const gone = error instanceof UpstreamNotFoundError;
      if (gone || (auth && this.authFailures >= limitsOf(this.deps).maxPollAuthFailures)) {
        const ending = mappedUpstreamError(this.ctx, error, 'rcsTestNumberStateChanged');
        for (const sub of [...this.subscribers]) sub.fail(ending);
        this.stop();
        return;
      }
      this.deps.logger.warn(
        { requestId: this.ctx.requestId, err: (error as Error).name, authFailures: this.authFailures },
        'test-number poll failed; retrying at the next interval',
      );
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
    this.schedule();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.inFlight?.abort(new DOMException('The last subscriber left.', 'AbortError'));
    this.subscribers.clear();
    this.onStop();
  }
}

const pollers = new WeakMap<EventDeps, Map<string, Poller>>();

function pollersOf(deps: EventDeps): Map<string, Poller> {
  let map = pollers.get(deps);
  if (!map) {
    map = new Map();
    pollers.set(deps, map);
  }
  return map;
}

/** Running pollers of a server (for tests and diagnostics). */
export function runningPollers(deps: EventDeps): number {
  return pollersOf(deps).size;
}

/**
 * Adds a subscriber to the poller of (credential, project, sender), starting it with `baseline` (the sender
 * the subscriber's authorization just read) when there is none. Returns the removal.
 */
export function joinPoller(
  deps: EventDeps,
  ctx: Context,
  ids: { projectId: string; senderId: string },
  baseline: RcsSenderDto,
  subscriber: PollSubscriber,
): () => void {
  const map = pollersOf(deps);
  const key = makeKey(ctx.authKey, ids.projectId, ids.senderId);
  let poller = map.get(key);
  if (!poller) {
    const created = new Poller(deps, ctx, ids, ctx.auth, statesOf(baseline), () => {
      if (map.get(key) === created) map.delete(key);
    });
    map.set(key, created);
    poller = created;
  }
  const joined = poller;
  joined.subscribers.add(subscriber);
  return () => {
    if (!joined.subscribers.delete(subscriber)) return;
    if (joined.subscribers.size === 0) joined.stop();
  };
}
