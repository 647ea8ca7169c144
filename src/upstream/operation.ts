// One way for the client of each API tag to declare an operation call: its name, method and path template,
// then what the call sends and whether the transport may repeat it.
import type { CallOptions } from './call-options.ts';
import type { Transport } from './http.ts';
import type { CallSpec, HttpMethod } from './wire.ts';

/** `idempotent` always, a query or body, and `response: 'none'` for a 204. */
export type OperationSends = Pick<CallSpec, 'idempotent'> &
  Partial<Pick<CallSpec, 'query' | 'body' | 'response'>>;

/** Sends one operation; the answer's type comes from the API interface the client implements. */
export type OperationCall = <T>(
  name: string,
  method: HttpMethod,
  path: string,
  params: Record<string, string>,
  opts: CallOptions | undefined,
  sends: OperationSends,
) => Promise<T>;

/** `operationIdOf` turns the short name a client uses into the operationId in the tag's OpenAPI document. */
export function operationCaller(t: Transport, operationIdOf: (name: string) => string): OperationCall {
  return (name, method, path, params, opts, sends) =>
    t.send({ operationId: operationIdOf(name), method, path, params, response: 'json', ...sends }, opts);
}
