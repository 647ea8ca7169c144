import { builder } from './builder.ts';
import { RcsSenderState } from './rcs-senders/enums/types.ts';

// Tier 1 of the error model (house style): failures a client can act on are data, as union members.
// Each class is registered as an object type implementing the `Error` interface; mutations list the
// classes they can produce in `errors.types`. Anything else is masked by yoga.

export interface FieldError {
  path: string[];
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** A domain error class, as a mutation's result union lists it. */
// biome-ignore lint/suspicious/noExplicitAny: error classes take different constructor arguments
export type DomainErrorClass = new (...args: any[]) => DomainError;

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: FieldError[],
    readonly code = 'invalid_input',
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
    readonly resourceId: string | null = null,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class InvalidStateError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
    readonly state: string | null = null,
  ) {
    super(message);
    this.name = 'InvalidStateError';
  }
}

export class LaunchPreconditionError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
    readonly unmet: string[],
  ) {
    super(message);
    this.name = 'LaunchPreconditionError';
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'RateLimitedError';
  }
}

export class LimitReachedError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'LimitReachedError';
  }
}

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'A failure the client can act on, returned as data in a mutation result union.',
  fields: (t) => ({
    message: t.exposeString('message', {
      nullable: false,
      description: 'Human-readable; safe to show to a user.',
    }),
    code: t.exposeString('code', {
      nullable: false,
      description:
        'The upstream errorCode where there is one (e.g. "sender_not_found"), else our own stable code.',
    }),
  }),
});

export const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One invalid input value.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      nullable: false,
      description:
        'Path into the mutation input, e.g. ["input", "details", "brand", "emails", "0", "address"].',
    }),
    message: t.exposeString('message', {
      nullable: false,
      description: 'What is wrong with the value; the upstream validation message when it came from there.',
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description:
    'The input was refused: by our validation before any upstream call (code "invalid_input"), or by an upstream 400 (code = its errorCode, e.g. "no_fields_to_update", "add_test_number_invalid").',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      nullable: false,
      description:
        'Each invalid value with its path into the input. For "add_test_number_invalid": the number the upstream named, else the only number sent, else the list of numbers. Empty when the upstream refused without naming fields.',
      resolve: (e) => e.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description:
    'The upstream answered 404: the sender, project, RCS account or test number does not exist for this caller, or a tester cannot be reached (code = upstream errorCode, e.g. "sender_not_found", "blocked_because_the_recipient_declined").',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    resourceId: t.exposeID('resourceId', {
      nullable: true,
      description:
        'What was not found, as the input named it: the sender global id, the project id or the test number. Null when unknown.',
    }),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The upstream answered 409 to a create or update: e.g. a logo/banner URL could not be fetched or has the wrong size or dimensions ("file_not_found", "file_size_too_large", "file_has_wrong_dimensions"), or "account_data_is_corrupt".',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: () => ({}),
});

builder.objectType(InvalidStateError, {
  name: 'InvalidStateError',
  description: "The sender's state does not allow the operation (e.g. launch before IN_TEST).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidStateError,
  fields: (t) => ({
    state: t.field({
      type: RcsSenderState.ref,
      nullable: true,
      description: "The sender's state when the operation was refused, when known.",
      resolve: (e) => RcsSenderState.map(e.state),
    }),
  }),
});

builder.objectType(LaunchPreconditionError, {
  name: 'LaunchPreconditionError',
  description:
    'The upstream refused the launch with 412 "launch_precondition_failed": required data is missing. `RcsSender.launchReadiness` lists the same gaps before launching.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LaunchPreconditionError,
  fields: (t) => ({
    unmet: t.exposeStringList('unmet', {
      nullable: false,
      description:
        "The upstream's list of unmet launch preconditions (additionalInformation.validationErrors), as it words them: upstream paths. `requirements` gives each with its input path too.",
    }),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description:
    'The upstream answered 429 "rbm_too_many_requests": RBM throttling, or the tester invite caps (20 per day, 200 in total per sender).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description:
        "Seconds to wait before retrying, from the upstream's Retry-After header; null when it sent none.",
    }),
  }),
});

builder.objectType(LimitReachedError, {
  name: 'LimitReachedError',
  description:
    'The upstream answered 424: a per-project limit is reached, e.g. "webhook_limit_reached" (at most 15 webhooks per project). Remove something first.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LimitReachedError,
  fields: () => ({}),
});
