/** Entry of the heavy-work worker threads (see server/lib/worker-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority, WORKER_NICE } from '../lib/thread-priority';
import { serveTasks } from '../lib/worker-pool';
import { heavyTasks } from './heavy-tasks';

if (!parentPort) throw new Error('heavy.worker.ts runs only as a worker thread');
// Heavy work yields the cores to the request loop (thread-priority.ts).
lowerThreadPriority(WORKER_NICE);
serveTasks(parentPort, heavyTasks);
