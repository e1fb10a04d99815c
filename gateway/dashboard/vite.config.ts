/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";

import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const client = fileURLToPath(new URL("../clients/typescript/src", import.meta.url));

// Served by the gateway at /dashboard/ (gateway/dashboard_static.py); `npm run dev` proxies the API
// to a gateway on DP_GATEWAY_URL (default http://127.0.0.1:8000).
const gateway = process.env.DP_GATEWAY_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  base: "/dashboard/",
  plugins: [react(), tailwindcss()],
  resolve: {
    // The generated client is the API layer: its sources are compiled with the app; its one
    // dependency (openapi-fetch) is resolved from this package's node_modules.
    alias: { "@client": client },
    dedupe: ["openapi-fetch"],
  },
  server: {
    fs: { allow: [".", client] },
    proxy: {
      "/api": gateway,
      "/ws": { target: gateway.replace(/^http/, "ws"), ws: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
