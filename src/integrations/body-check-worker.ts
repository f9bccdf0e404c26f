/** Runs the full content validation (every body parsed as MDX) off the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { validateContent } from '../lib/validate-content-fs.ts';

const { root } = workerData as { root: string };
parentPort?.postMessage(validateContent(root).diagnostics);
