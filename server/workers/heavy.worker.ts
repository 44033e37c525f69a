/** Entry of the heavy-work worker threads (see server/lib/worker-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { serveTasks } from '../lib/worker-pool';
import { heavyTasks } from './heavy-tasks';

if (!parentPort) throw new Error('heavy.worker.ts runs only as a worker thread');
serveTasks(parentPort, heavyTasks);
