/**
 * Runs before every test file of the `node` project. Its files share a worker process
 * (`isolate: false` in vitest.config.ts), so Node, the packages in node_modules and PGlite's
 * WebAssembly load once per worker instead of once per file. Patuh's own modules are still loaded
 * afresh for each file: module-level state (the working-day calendar's cache, the login throttle's
 * purge time, the frameworks' cache, the heavy-work pool) starts clean, as with a process per file.
 */
import { vi } from 'vitest';

vi.resetModules();
