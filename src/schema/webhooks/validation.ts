import { GraphQLError } from 'graphql';
import type { WebhookTrigger } from '../../upstream/types.ts';
import { MAX_WEBHOOKS_PER_PROJECT } from '../../upstream/webhooks.ts';
import type { FieldError } from '../errors.ts';
import { checkCount, checkLength, checkUnique, checkUrl, Issues } from '../lib/validation.ts';

// The webhook input rules of the contract (WebhookWebhookInputDto), checked before any upstream call:
// target a URL of 1..742 characters, secret 1..128, triggers at least one and unique. Messages never quote
// a value (a secret must not come back in an error).

export const MAX_TARGET = 742;
export const MAX_SECRET = 128;

export interface WebhookFields {
  target?: string | null | undefined;
  secret?: string | null | undefined;
  triggers?: readonly string[] | null | undefined;
}

function checkProject(issues: Issues, projectId: string): void {
  if (projectId.trim() === '') issues.add('Must not be empty.', 'projectId');
}

function checkFields(issues: Issues, input: WebhookFields): void {
  if (typeof input.target === 'string') checkUrl(issues, 'target', input.target, MAX_TARGET);
  if (typeof input.secret === 'string') checkLength(issues, 'secret', input.secret, 1, MAX_SECRET);
  if (input.triggers) {
    checkCount(issues, 'triggers', input.triggers.length, 1, Number.POSITIVE_INFINITY);
    const at = issues.at('triggers');
    checkUnique(at, input.triggers, (v) => v);
    input.triggers.forEach((v, i) => {
      if (v === 'UNRECOGNIZED') at.add('UNRECOGNIZED is not a trigger that can be registered.', i);
    });
  }
}

/** createWebhook, after the defaults were applied (so a default target is checked too). */
export function validateCreateWebhook(
  input: { projectId: string } & WebhookFields,
  defaults: { target: boolean; secret: boolean },
): FieldError[] {
  const issues = new Issues();
  checkProject(issues, input.projectId);
  if (typeof input.target !== 'string')
    issues.add(
      'Required: this server has no PUBLIC_URL to build its own receiver URL from, so give the target.',
      'target',
    );
  else if (defaults.target && input.target.length > MAX_TARGET)
    issues.add(`The default target would be longer than ${MAX_TARGET} characters; give one.`, 'target');
  if (typeof input.secret !== 'string')
    issues.add('Required: this server has no SINCH_WEBHOOK_SECRET configured to default to.', 'secret');
  checkFields(issues, input);
  return issues.errors;
}

export function validateUpdateWebhook(
  input: { projectId: string; id: string } & WebhookFields,
): FieldError[] {
  const issues = new Issues();
  checkProject(issues, input.projectId);
  if (input.id.trim() === '') issues.add('Must not be empty.', 'id');
  for (const key of ['target', 'secret', 'triggers'] as const) {
    if (input[key] === null) issues.add('Cannot be deleted (null is not accepted here).', key);
  }
  if (input.target == null && input.secret == null && input.triggers == null)
    issues.add('Give at least one of target, secret, triggers.');
  checkFields(issues, input);
  return issues.errors;
}

export function validateDeleteWebhook(input: { projectId: string; id: string }): FieldError[] {
  const issues = new Issues();
  checkProject(issues, input.projectId);
  if (input.id.trim() === '') issues.add('Must not be empty.', 'id');
  return issues.errors;
}

/** The upstream paths of webhook validation messages ("target must be a URL address") into the input. */
export function webhookFieldPath(path: string[]): string[] | null {
  return path[0] === 'target' || path[0] === 'secret' || path[0] === 'triggers' ? ['input', ...path] : null;
}

export function asTriggers(values: readonly string[]): WebhookTrigger[] {
  return values as WebhookTrigger[];
}

export function badFirst(first: number): GraphQLError {
  return new GraphQLError(`\`first\` must be between 1 and ${MAX_WEBHOOKS_PER_PROJECT}, got ${first}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
  });
}
