/** The project's root folder. */
export declare const root: string;
/** Builds `entry` into `.build/<name>.mjs` when stale; returns the bundle's path. */
export declare function buildServerBundle(entry: string, name: string): Promise<string>;
/** Node flags of the server process. */
export declare const SERVER_NODE_FLAGS: string[];
/** The server process's environment (MALLOC_ARENA_MAX=2 unless set). */
export declare function serverEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** The newest modification time of the files below `dir`. */
export declare function newestMtime(dir: string): number;
