# syntax=docker/dockerfile:1
# The GraphQL server as an image. Two stages: the build installs everything and bundles src/ into dist/
# (esbuild, dependencies left external); the runtime holds the production dependencies, the bundle and the
# contract files the embedded sandbox reads, and runs `node dist/server.js` as PID 1 (no npm, no shell, no
# TypeScript loader), as the unprivileged user `node`. docs/operations.md#container-image describes it;
# test/e2e/container.test.ts runs these steps.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim AS runtime
WORKDIR /app
# HOST=0.0.0.0: the server's default (127.0.0.1) would not be reachable from outside the container.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
# Read at run time by the embedded sandbox (used when SINCH_API_URL is unset), found from dist/ upwards.
COPY contract/upstream ./contract/upstream
USER node
EXPOSE 4000
# node:20-slim has no curl. 200 only when the upstream answers; 503 once SIGTERM has started the drain.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives the runtime's SIGTERM itself (drain, then exit 0).
CMD ["node", "dist/server.js"]
