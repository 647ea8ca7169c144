import { builder } from '../builder.ts';
import { RcsTestNumberState } from '../rcs-senders/enums/types.ts';
import { encodeSenderId } from '../rcs-senders/ids.ts';

// The test-number subscription's event: the server polls for it (Sinch has no trigger).

/** One test number whose state changed between two polls. */
export interface TestNumberChange {
  readonly projectId: string;
  readonly senderId: string;
  readonly number: string;
  readonly previousState: string | null;
  readonly currentState: string | null;
  readonly at: Date;
}

export const RcsTestNumberStateChange = builder
  .objectRef<TestNumberChange>('RcsTestNumberStateChange')
  .implement({
    description:
      "A test number's invite state changed (the server polls the sender while someone listens: Sinch has no trigger for it).",
    fields: (t) => ({
      senderId: t.id({
        nullable: false,
        description: 'The sender global id (RcsSender.id).',
        resolve: (c) => encodeSenderId(c.projectId, c.senderId),
      }),
      number: t.field({
        type: 'PhoneNumber',
        nullable: false,
        description: 'The test number.',
        resolve: (c) => c.number,
      }),
      previousState: t.field({
        type: RcsTestNumberState.ref,
        nullable: true,
        description: 'The state at the poll before; null when the number was added since.',
        resolve: (c) => RcsTestNumberState.map(c.previousState),
      }),
      currentState: t.field({
        type: RcsTestNumberState.ref,
        nullable: true,
        description: 'The state now; null when the number was removed since.',
        resolve: (c) => RcsTestNumberState.map(c.currentState),
      }),
      at: t.field({
        type: 'DateTime',
        nullable: false,
        description: 'When the poll that saw the change answered.',
        resolve: (c) => c.at,
      }),
    }),
  });
