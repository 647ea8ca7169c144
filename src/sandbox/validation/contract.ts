// The OpenAPI documents' component schemas, loaded once; request validation walks them. The RCS document
// is read at start; the webhook-registration one (a large merged file) and the two WhatsApp ones only when a
// route needs them.
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
const WHATSAPP_DOCS = ['sinch-whatsapp-senders-api-openapi.yml', 'sinch-whatsapp-accounts-api-openapi.yml'];

let schemas: Record<string, Schema> | undefined;
let webhookSchemas: Record<string, Schema> | undefined;
let whatsappSchemas: Record<string, Schema> | undefined;

/** `{allOf: [{$ref}], …}` (how the WhatsApp documents reference an enum or DTO) read as `{$ref}`. */
function flattenAllOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(flattenAllOf);
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const all = o.allOf as Schema[] | undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'allOf') out[k] = flattenAllOf(v);
  if (all?.length === 1 && all[0]?.$ref) out.$ref = all[0].$ref;
  if ('const' in o) out.enum = [o.const];
  return out;
}

/** The components of both WhatsApp documents (the names they share are identical), read on first use. */
function whatsappComponentSchemas(): Record<string, Schema> {
  if (whatsappSchemas) return whatsappSchemas;
  const out: Record<string, Schema> = {};
  for (const file of WHATSAPP_DOCS) {
    const doc = parse(readFileSync(contractFile('sinch-1.2.117', file), 'utf8')) as {
      components: { schemas: Record<string, Schema> };
    };
    for (const [name, schema] of Object.entries(doc.components.schemas))
      out[name] ??= flattenAllOf(schema) as Schema;
  }
  // The deprecated create body declares `facebookCode` as `format: uri`, yet its published example sends
  // "FACEBOOK_CODE": the example wins (INFERRED: upstream does not check it as a URI).
  const code = out.WhatsappSenderInputDtoDeprecated?.properties?.facebookCode;
  if (code) delete code.format;
  whatsappSchemas = out;
  return out;
}

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
    componentSchemas()[name] ??
    (name.startsWith('Webhook') ? webhookComponentSchemas()[name] : undefined) ??
    (name.startsWith('Whatsapp') ? whatsappComponentSchemas()[name] : undefined);
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
