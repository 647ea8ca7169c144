// The event types of the subscriptions, one module each for the kinds (enums), the sender events, the account
// events and the test-number change. Imported in this order on purpose: the builder registers types in the
// order their modules run, and the printed subgraph.graphql keeps that order.

export * from './account-events.ts';
export * from './event-kinds.ts';
export * from './sender-events.ts';
export * from './test-number-change.ts';
