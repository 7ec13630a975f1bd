# syntax=docker/dockerfile:1
# The Accord API server. Build: `docker compose build` (see docker-compose.yml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# No install scripts: the only one the server could use sets up the embedded PostgreSQL, and in a
# container Accord talks to the PostgreSQL service named by DATABASE_URL instead.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# package.json comes along: its "imports" map `#accord/*` to the compiled libraries in dist/.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
# The V8 options of apps/api/src/node-options.ts (ADR 0028).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
