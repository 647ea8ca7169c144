// Validates sandbox exchanges against the contract (contract/upstream/rcs-senders.openapi.yaml, for the
// WebhookWebhookController_* operations the `Webhook*` part of sinch-1.2.117/sinch-webhooks-api-openapi.yml,
// for the WhatsappSendersController_* / WhatsappAccountsController_* ones the two WhatsApp documents there):
// the response schema of the exchange's operationId + status. Object schemas are closed
// (additionalProperties: false) so a renamed or invented field is reported, not ignored.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { SandboxExchange } from '../../src/sandbox/index.ts';

const DOC = new URL('../../contract/upstream/rcs-senders.openapi.yaml', import.meta.url);
const WEBHOOKS_DOC = new URL(
  '../../contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml',
  import.meta.url,
);
const WEBHOOK_OPS = /^WebhookWebhookController_/;
const WHATSAPP_DOCS = {
  'whatsapp-senders': {
    file: 'sinch-whatsapp-senders-api-openapi.yml',
    ops: /^WhatsappSendersController_/,
  },
  'whatsapp-accounts': {
    file: 'sinch-whatsapp-accounts-api-openapi.yml',
    ops: /^WhatsappAccountsController_/,
  },
} as const;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

type Obj = Record<string, unknown>;
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: Obj }> }>;
}

/** Statuses a gateway in front of the API can answer with although no operation documents them. */
const TRANSPORT_STATUSES = new Set([502, 503, 504]);
const ERROR_REF = { $ref: '#/components/schemas/RcsPapiErrorDto' };
const WEBHOOK_ERROR_REF = { $ref: '#/components/schemas/WebhookPapiErrorDto' };
const WHATSAPP_ERROR_REF = { $ref: '#/components/schemas/WhatsappPapiErrorDto' };

function close(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) close(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Obj;
  if (o.properties && o.additionalProperties === undefined) o.additionalProperties = false;
  for (const v of Object.values(o)) close(v);
}

function rewriteRefs(node: unknown, base: string): void {
  if (Array.isArray(node)) {
    for (const n of node) rewriteRefs(n, base);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Obj;
  if (typeof o.$ref === 'string' && o.$ref.startsWith('#/')) o.$ref = `${base}${o.$ref}`;
  for (const v of Object.values(o)) rewriteRefs(v, base);
}

export interface ContractValidator {
  validate(x: SandboxExchange): string[];
  /** Validates a value against a named component schema (e.g. a published example). */
  validateSchema(schemaName: string, value: unknown): string[];
}

export function createContractValidator(): ContractValidator {
  const doc = parse(readFileSync(DOC, 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
    components: Obj;
  };
  const components = structuredClone(doc.components);
  close(components);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'contract', components });

  const operations = new Map<string, Operation>();
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) if (op?.operationId) operations.set(op.operationId, op);
  }
  // The webhook document merges six definitions; only its Provisioning part (`Webhook*` schemas and the
  // WebhookWebhookController_* operations) is the contract.
  const webhooksDoc = parse(readFileSync(WEBHOOKS_DOC, 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Obj };
  };
  const webhookSchemas: Obj = {};
  for (const [name, schema] of Object.entries(webhooksDoc.components.schemas)) {
    if (name.startsWith('Webhook')) webhookSchemas[name] = structuredClone(schema);
  }
  close(webhookSchemas);
  ajv.addSchema({ $id: 'webhooks', components: { schemas: webhookSchemas } });
  for (const item of Object.values(webhooksDoc.paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId && WEBHOOK_OPS.test(op.operationId)) operations.set(op.operationId, op);
    }
  }
  // The WhatsApp documents (their shared component names are identical). Their error DTO types
  // additionalInformation values as string[], but the published invalid_filter_* (and deleteAccount 409)
  // examples carry a plain string: accepted here as in the RCS contract's RcsPapiErrorDto.
  const whatsappNames = new Map<string, string>();
  for (const [base, { file, ops }] of Object.entries(WHATSAPP_DOCS)) {
    const d = parse(
      readFileSync(new URL(`../../contract/upstream/sinch-1.2.117/${file}`, import.meta.url), 'utf8'),
    ) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Obj };
    };
    const schemas = structuredClone(d.components.schemas);
    const info = (schemas.WhatsappPapiErrorDto as { properties: { additionalInformation: Obj } }).properties
      .additionalInformation;
    info.additionalProperties = { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] };
    close(schemas);
    ajv.addSchema({ $id: base, components: { schemas } });
    for (const name of Object.keys(schemas)) if (!whatsappNames.has(name)) whatsappNames.set(name, base);
    for (const item of Object.values(d.paths)) {
      for (const op of Object.values(item)) {
        if (op?.operationId && ops.test(op.operationId)) operations.set(op.operationId, op);
      }
    }
  }
  const baseOf = (name: string): string => {
    if (WEBHOOK_OPS.test(name) || name.startsWith('Webhook')) return 'webhooks';
    for (const [base, { ops }] of Object.entries(WHATSAPP_DOCS)) if (ops.test(name)) return base;
    return whatsappNames.get(name) ?? 'contract';
  };
  const errorRef = (base: string) =>
    base === 'webhooks' ? WEBHOOK_ERROR_REF : base === 'contract' ? ERROR_REF : WHATSAPP_ERROR_REF;
  const cache = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: Obj, base: string) => {
    let fn = cache.get(key);
    if (!fn) {
      const copy = structuredClone(schema);
      rewriteRefs(copy, base);
      fn = ajv.compile(copy);
      cache.set(key, fn);
    }
    return fn;
  };
  const problemsOf = (fn: ValidateFunction, value: unknown, label: string) =>
    fn(value)
      ? []
      : (fn.errors ?? []).map((e) => `${label}: ${e.instancePath || '/'} ${e.message ?? ''}`.trim());

  return {
    validate(x) {
      if (!x.operationId) return [];
      const op = operations.get(x.operationId);
      const label = `${x.method} ${x.route} → ${x.status}`;
      if (!op) return [`${label}: unknown operationId ${x.operationId}`];
      const response = op.responses[String(x.status)];
      if (x.status === 204) return x.body === undefined ? [] : [`${label}: 204 must have no body`];
      if (!response && !TRANSPORT_STATUSES.has(x.status))
        return [`${label}: status not documented for ${x.operationId}`];
      const ct = x.headers['content-type'] ?? '';
      if (!ct.startsWith('application/json'))
        return [`${label}: content-type ${ct || '(none)'} is not application/json`];
      const base = baseOf(x.operationId);
      const schema = response?.content?.['application/json']?.schema ?? errorRef(base);
      return problemsOf(compile(`${x.operationId}:${x.status}`, schema, base), x.body, label);
    },
    validateSchema(schemaName, value) {
      return problemsOf(
        compile(`schema:${schemaName}`, { $ref: `#/components/schemas/${schemaName}` }, baseOf(schemaName)),
        value,
        schemaName,
      );
    },
  };
}
