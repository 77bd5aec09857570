import cluster from 'node:cluster';
import { buildApp } from './app.js';
import { runClusterPrimary } from './cluster-primary.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createLogger } from './logger.js';
import type { DataKeyOrigin } from './store/crypto/data-key-source.js';

/** Where to go and how to log in, for the person who just typed `npm start` (stderr: stdout carries JSON logs). */
function banner(host: string, port: number, app: Awaited<ReturnType<typeof buildApp>>): string {
  const base = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
  const admin = app.services.firstAdmin;
  const login =
    admin.kind === 'generated'
      ? `用户名 ${admin.username}，初始密码在 ${admin.file}（登录后请修改）`
      : admin.kind === 'from_environment'
        ? '用 ADMIN_USERNAME / ADMIN_PASSWORD 登录（登录后可以从环境变量里删掉 ADMIN_PASSWORD）'
        : '用已有的工作人员账号登录（添加账号：npm run user:add）';
  return [
    '',
    `  yimen 已启动（${app.services.db.kind === 'pglite' ? '内置数据库' : 'PostgreSQL'}）`,
    `  居民聊天页：    ${base}/`,
    `  工作人员控制台：${base}/console  ${login}`,
    `  接口文档：      ${base}/docs`,
    ...dataKeyLines(app.services.dataKeyOrigin),
    '',
  ].join('\n');
}

/** Where the key that seals personal data lives, when it is a file the operator must back up. */
function dataKeyLines(origin: DataKeyOrigin): string[] {
  if (origin.kind === 'generated')
    return [
      `  数据密钥：      未设置 DATA_KEY，已生成新密钥并保存在 ${origin.file}（权限 0600）`,
      '                  请单独备份这个文件；多台实例请都设置同一个 DATA_KEY',
    ];
  if (origin.kind === 'file') return [`  数据密钥：      ${origin.file}（未设置 DATA_KEY）`];
  return [];
}

async function main(): Promise<void> {
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const started = performance.now();
  const logger = createLogger(config.LOG_LEVEL);
  if (config.WORKERS > 1 && cluster.isPrimary) {
    runClusterPrimary(config.WORKERS, config.SHUTDOWN_GRACE_MS, logger);
    return;
  }
  const app = await buildApp({ config }, { loggerInstance: logger, logger: undefined });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(
    {
      port: config.PORT,
      database: app.services.db.kind,
      readyMs: Math.round(performance.now() - started),
      // Includes loading the modules before main() ran.
      sinceProcessStartMs: Math.round(performance.now()),
    },
    'yimen is ready',
  );
  // In a cluster the first worker speaks for all (the others would repeat the same lines).
  if (cluster.isPrimary || cluster.worker?.id === 1)
    process.stderr.write(`${banner(config.HOST, config.PORT, app)}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing turns in flight');
    // A stuck close must not keep the process forever; exit non-zero so the supervisor notices.
    const timer = setTimeout(() => {
      logger.error({ graceMs: config.SHUTDOWN_GRACE_MS }, 'shutdown took too long, exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    timer.unref();
    app.close().then(
      () => {
        logger.info({}, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `yimen failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
