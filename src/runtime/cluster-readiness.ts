import cluster, { type Worker } from 'node:cluster';

// The message a cluster's primary sends each worker once all of the instance's workers listen.
const CLUSTER_READY = 'yimen:cluster-ready';

// A lone process is ready when it listens. A worker waits for the primary: the primary hands a new connection
// only to workers already listening and a chat socket stays where it landed, so an instance that took traffic
// while its later workers still warmed up would keep every early conversation on its first worker.
let ready = !cluster.isWorker;
if (cluster.isWorker) {
  const onMessage = (message: unknown): void => {
    if ((message as { type?: unknown } | null)?.type !== CLUSTER_READY) return;
    ready = true;
    process.off('message', onMessage);
  };
  process.on('message', onMessage);
}

/** True when this process may take traffic: always outside a cluster; in one, once every worker listens. */
export function clusterReady(): boolean {
  return ready;
}

/** Tells a worker that the whole cluster listens (sent by the primary; see clusterReady). */
export function announceClusterReady(worker: Worker): void {
  if (worker.isConnected()) worker.send({ type: CLUSTER_READY });
}
