// The benchmark's baseline: the plain stack the project is built on, as written in an afternoon.
// graphql-yoga + Pothos + @pothos/plugin-dataloader, one upstream `fetch` per loader key, a fixed Basic
// key, no limits, no resilience, no logging. It serves the slice of the project's schema (schema.graphql)
// that the bench's workloads select, with the same names, so the same documents run on both servers.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';

export interface BaselineContext {
  /** Upstream base URL, e.g. http://127.0.0.1:4010 */
  apiUrl: string;
  /** Authorization header value for every upstream call. */
  authorization: string;
}

interface TestNumberDto {
  number: string;
  state: string;
}
interface SenderDto {
  id: string;
  testNumberStates?: TestNumberDto[];
}
/** A sender as the upstream sent it, with the project it was read from (the DTO does not name it). */
type Sender = SenderDto & { projectId: string };
type Capabilities =
  | { kind: 'capabilities'; features: string[] }
  | { kind: 'unavailable'; code: string; message: string };

class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly body: { errorCode?: string; message?: string },
  ) {
    super(`upstream answered ${status}${body.errorCode ? ` ${body.errorCode}` : ''}`);
  }
}

async function get<T>(ctx: BaselineContext, path: string): Promise<T> {
  const res = await fetch(`${ctx.apiUrl}${path}`, { headers: { authorization: ctx.authorization } });
  const body = (await res.json().catch(() => ({}))) as T & { errorCode?: string; message?: string };
  if (!res.ok) throw new UpstreamError(res.status, body);
  return body;
}

const senderPath = (projectId: string, senderId: string) =>
  `/v1/projects/${encodeURIComponent(projectId)}/rcs/senders/${encodeURIComponent(senderId)}`;

const builder = new SchemaBuilder<{ Context: BaselineContext }>({ plugins: [DataloaderPlugin] });

const Project = builder.objectRef<{ id: string }>('Project');
const RcsSender = builder.objectRef<Sender>('RcsSender');
const RcsTestNumber = builder.objectRef<TestNumberDto & { projectId: string; senderId: string }>(
  'RcsTestNumber',
);
const RcsSenderConnection = builder.objectRef<{ nodes: Sender[] }>('RcsSenderConnection');

const RcsCapabilities = builder.objectRef<Capabilities & { kind: 'capabilities' }>('RcsCapabilities');
RcsCapabilities.implement({
  fields: (t) => ({ features: t.exposeStringList('features') }),
});
const RcsCapabilitiesUnavailable = builder.objectRef<Capabilities & { kind: 'unavailable' }>(
  'RcsCapabilitiesUnavailable',
);
RcsCapabilitiesUnavailable.implement({
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});
const RcsCapabilitiesResult = builder.unionType('RcsCapabilitiesResult', {
  types: [RcsCapabilities, RcsCapabilitiesUnavailable],
  resolveType: (value) => (value.kind === 'capabilities' ? RcsCapabilities : RcsCapabilitiesUnavailable),
});

RcsSenderConnection.implement({
  fields: (t) => ({ nodes: t.field({ type: [RcsSender], resolve: (c) => c.nodes }) }),
});

RcsSender.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    testNumbers: t.field({
      type: [RcsTestNumber],
      resolve: (s) =>
        (s.testNumberStates ?? []).map((n) => ({ ...n, projectId: s.projectId, senderId: s.id })),
    }),
  }),
});

RcsTestNumber.implement({
  fields: (t) => ({
    number: t.exposeString('number'),
    state: t.exposeString('state'),
    capabilities: t.loadable({
      type: RcsCapabilitiesResult,
      nullable: true,
      resolve: (n) => JSON.stringify([n.projectId, n.senderId, n.number]),
      load: (keys: string[], ctx) =>
        Promise.all(
          keys.map(async (key): Promise<Capabilities | Error> => {
            const [projectId, senderId, number] = JSON.parse(key) as [string, string, string];
            const path = `${senderPath(projectId, senderId)}/testNumbers/${encodeURIComponent(number)}/capabilities`;
            try {
              const dto = await get<{ features: string[] }>(ctx, path);
              return { kind: 'capabilities', features: dto.features };
            } catch (error) {
              // The documented 404s ("invite not accepted", "cannot be reached", …) are data, not errors.
              if (error instanceof UpstreamError && error.status === 404 && error.body.errorCode) {
                return { kind: 'unavailable', code: error.body.errorCode, message: error.body.message ?? '' };
              }
              return error as Error;
            }
          }),
        ),
    }),
  }),
});

Project.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    rcsSenders: t.field({
      type: RcsSenderConnection,
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: async (p, args, ctx) => {
        const q = `?pageSize=${args.first ?? 50}`;
        const list = await get<{ senders: SenderDto[] }>(
          ctx,
          `/v1/projects/${encodeURIComponent(p.id)}/rcs/senders${q}`,
        );
        return { nodes: list.senders.map((s) => ({ ...s, projectId: p.id })) };
      },
    }),
    rcsSender: t.loadable({
      type: RcsSender,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: (p, args) => JSON.stringify([p.id, String(args.id)]),
      load: (keys: string[], ctx) =>
        Promise.all(
          keys.map(async (key): Promise<Sender | null | Error> => {
            const [projectId, senderId] = JSON.parse(key) as [string, string];
            try {
              return { ...(await get<SenderDto>(ctx, senderPath(projectId, senderId))), projectId };
            } catch (error) {
              if (error instanceof UpstreamError && error.status === 404) return null;
              return error as Error;
            }
          }),
        ),
    }),
  }),
});

builder.queryType({
  fields: (t) => ({
    project: t.field({
      type: Project,
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args) => ({ id: String(args.id) }),
    }),
  }),
});

export const schema = builder.toSchema();
