/** The project's root folder. */
export declare const root: string;
/** Builds `entry` into `.build/<name>.mjs` when stale; returns the bundle's path. */
export declare function buildServerBundle(entry: string, name: string): Promise<string>;
