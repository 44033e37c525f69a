import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes a brotli (.br) and a gzip (.gz) copy beside every text file of at least 1 KB under `dir`. */
export async function precompressDir(dir: string): Promise<void> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f) && fs.statSync(f).size >= 1024);
  await Promise.all(
    files.map(async (f) => {
      const bytes = await fs.promises.readFile(f);
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip(bytes, { level: 9 }),
      ]);
      await fs.promises.writeFile(`${f}.br`, br);
      await fs.promises.writeFile(`${f}.gz`, gz);
    }),
  );
}

/**
 * Precompresses the build, so the server (@fastify/static `preCompressed`) sends compressed bytes
 * without compressing on every request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'patuh-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: () => precompressDir(outDir),
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
