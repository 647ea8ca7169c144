// Request/response shapes shared by the server and the route handlers.
import { invalidPayload } from './errors.ts';
import type { ProjectRecord } from './model.ts';
import type { SandboxRuntime } from './runtime.ts';

export interface RawContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  rt: SandboxRuntime;
}

export interface ApiContext extends RawContext {
  project: ProjectRecord;
}

export interface HandlerResult {
  status: number;
  /** JSON value to send; undefined sends no body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiRoute = {
  kind: 'api';
  method: string;
  template: string;
  operationId: string;
  /** 403 rbm_has_not_been_used for a project without RCS (documented for list/create/get/update/launch). */
  needsRcs?: boolean;
  handler: (ctx: ApiContext) => HandlerResult;
};

export type RawRoute = {
  kind: 'raw';
  method: string;
  template: string;
  /** Counted in /_sandbox/stats (the OAuth token endpoint) or not (the /_sandbox/* control routes). */
  counted: boolean;
  handler: (ctx: RawContext) => HandlerResult | Promise<HandlerResult>;
};

export type Route = ApiRoute | RawRoute;

export function contentTypeOf(ctx: RawContext): string {
  const ct = ctx.headers['content-type'];
  return (Array.isArray(ct) ? ct[0] : ct)?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Parses a JSON request body. Empty body → undefined (validation then reports the missing fields);
 * wrong content type, malformed JSON or a non-object → 400 invalid_payload.
 */
export function jsonBody(ctx: RawContext): Record<string, unknown> | undefined {
  if (ctx.rawBody.trim() === '') return undefined;
  const ct = contentTypeOf(ctx);
  if (ct !== 'application/json' && !ct.endsWith('+json')) throw invalidPayload();
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.rawBody);
  } catch {
    throw invalidPayload();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidPayload();
  return parsed as Record<string, unknown>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): HandlerResult {
  return headers ? { status, body, headers } : { status, body };
}
