// The sandbox's public option/handle types (re-exported by index.ts).

export interface SandboxExchange {
  method: string;
  /** Route template, e.g. '/v1/projects/{projectId}/rcs/senders/{senderId}'; the raw path when unmatched. */
  route: string;
  /** The OpenAPI operationId; undefined for /oauth2/token, /_sandbox/* and unmatched paths. */
  operationId: string | undefined;
  status: number;
  /** Parsed JSON sent, or undefined. */
  body: unknown;
  headers: Record<string, string>;
}

export interface SandboxOptions {
  host?: string;
  port?: number;
  seed?: 'demo' | 'empty';
  tokenTtlSeconds?: number;
  onExchange?: (x: SandboxExchange) => void;
  /**
   * Waits before the retries of a failed webhook delivery (one attempt plus one per entry); default
   * [1000, 5000, 30000]. Tests pass short ones.
   */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt timeout of a webhook delivery (headers and body); default 5000 ms. */
  webhookTimeoutMs?: number;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /** Resolves once no webhook delivery is queued, waiting for a retry or in flight. */
  deliveriesIdle(): Promise<void>;
  /** Also stops webhook deliveries (queued ones are dropped, in-flight ones aborted). */
  close(): Promise<void>;
}
