// The event types of the subscriptions: the interfaces and kind enums, the sender events, the account events
// and the test-number change. One module to import for src/schema/index.ts and subscriptions.ts.

export * from './account-events.ts';
export * from './event-interfaces.ts';
export * from './sender-events.ts';
export * from './test-number-change.ts';
