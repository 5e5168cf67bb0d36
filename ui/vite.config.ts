import { defineConfig } from "vite";

// The .ftl files live in ../locales, shared with the Rust core; Vite may read them.
export default defineConfig({
  clearScreen: false,
  server: { fs: { allow: [".."] }, port: 1420, strictPort: true },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
