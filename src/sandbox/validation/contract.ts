// The OpenAPI document's component schemas, loaded once; request validation walks them.
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

let schemas: Record<string, Schema> | undefined;

export function componentSchemas(): Record<string, Schema> {
  schemas ??= (parse(readFileSync(DOC_URL, 'utf8')) as { components: { schemas: Record<string, Schema> } })
    .components.schemas;
  return schemas;
}

export function schemaNamed(name: string): Schema {
  const s = componentSchemas()[name];
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
