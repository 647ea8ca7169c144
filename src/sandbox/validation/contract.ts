// The OpenAPI documents' component schemas, loaded once; request validation walks them. The RCS document
// is read at start; the webhook-registration one (a large merged file) only when a webhook route needs it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contractFile } from '../contract-files.ts';

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

const DOC_URL = contractFile('rcs-senders.openapi.yaml');
const WEBHOOKS_DOC_URL = contractFile('sinch-1.2.117', 'sinch-webhooks-api-openapi.yml');

let schemas: Record<string, Schema> | undefined;
let webhookSchemas: Record<string, Schema> | undefined;

/** The `Webhook*` components of the webhook-registration document (the only Provisioning part of it). */
function webhookComponentSchemas(): Record<string, Schema> {
  if (webhookSchemas) return webhookSchemas;
  const all = (
    parse(readFileSync(WEBHOOKS_DOC_URL, 'utf8')) as { components: { schemas: Record<string, Schema> } }
  ).components.schemas;
  const out: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(all)) if (name.startsWith('Webhook')) out[name] = schema;
  // The spec types the PATCH body's `target` and `secret` as `object` (with string constraints); the
  // create/replace body and every example send strings, so they are strings here too.
  const patch = out.WebhookUpdateWebhookInputDto?.properties;
  for (const key of ['target', 'secret']) {
    const prop = patch?.[key];
    if (prop) patch[key] = { ...prop, type: 'string' };
  }
  webhookSchemas = out;
  return out;
}

export function componentSchemas(): Record<string, Schema> {
  schemas ??= (parse(readFileSync(DOC_URL, 'utf8')) as { components: { schemas: Record<string, Schema> } })
    .components.schemas;
  return schemas;
}

export function schemaNamed(name: string): Schema {
  const s =
    componentSchemas()[name] ?? (name.startsWith('Webhook') ? webhookComponentSchemas()[name] : undefined);
  if (!s) throw new Error(`sandbox: no schema ${name} in the contract`);
  return s;
}

export function deref(s: Schema): Schema {
  let cur = s;
  while (cur.$ref) cur = schemaNamed(cur.$ref.replace('#/components/schemas/', ''));
  return cur;
}

export function enumValues(name: string): string[] {
  return (schemaNamed(name).enum ?? []) as string[];
}
