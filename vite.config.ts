import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  optimizeDeps: {
    // Vite's dependency scanner does not follow `new Worker(new URL(...))`: list the
    // worker entry too, or packages used only by the worker are found late and the
    // dev page reloads in the middle of a run.
    entries: ['index.html', 'src/worker/sim.worker.ts'],
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022' },
});
