/**
 * Adds a staff account: `npm run user:add -- --username li.si --role department --department civil_affairs --name 李四`.
 * The password is asked for without echo, or read from YIMEN_NEW_PASSWORD; never from the command line,
 * where `ps` and the shell history would keep it. Uses the same DATABASE_URL / DATA_DIR as the server.
 */
import { parseArgs } from 'node:util';
import { createAuthService } from '../src/auth/auth-service.js';
import { passwordProblem } from '../src/auth/passwords.js';
import { createStaffRepository } from '../src/auth/staff-repository.js';
import { isRole, ROLE_LABELS, ROLES, type Role } from '../src/auth/staff-user.js';
import { ConfigError, loadConfig, type Config } from '../src/config.js';
import { loadLocalities } from '../src/localities/load-localities.js';
import { JOINT_MEETING } from '../src/localities/schema.js';
import { openDatabase } from '../src/store/open-database.js';
import { resolveDataKeys } from '../src/store/crypto/data-key-source.js';

// sysexits.h: a wrong command line, bad input data, a bad configuration.
const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_CONFIG = 78;

const USAGE = `用法 / Usage:
  npm run user:add -- --username <用户名> --role <角色> --name <姓名> [--department <部门代码>]

角色 / roles:
${ROLES.map((role) => `  ${role.padEnd(11)} ${ROLE_LABELS[role]}`).join('\n')}

  --department  部门工作人员必填，例如 civil_affairs（见 localities/*.yaml 的 departments）
                required for role department, e.g. civil_affairs (see \`departments\` in localities/*.yaml)

密码 / password: 运行后输入（不显示），或预先设置环境变量 YIMEN_NEW_PASSWORD。
  Typed at the prompt (not shown) or taken from YIMEN_NEW_PASSWORD; never give it as an argument.
使用嵌入式数据库（未设置 DATABASE_URL）时，请先停止服务器：PGlite 同一时间只能被一个进程打开。
  With the embedded database (no DATABASE_URL), stop the server first: PGlite serves one process at a time.`;

class UsageError extends Error {}

class Cancelled extends Error {}

function fail(code: number, ...lines: string[]): never {
  process.stderr.write(lines.map((line) => `${line}\n`).join(''));
  process.exit(code);
}

function readArguments(): { username: string; role: Role; name: string; department: string | undefined } {
  if (process.argv.slice(2).some((arg) => /^--?(password|pass|pw)(=|$)/i.test(arg))) {
    throw new UsageError(
      '请不要在命令行里写密码（它会留在 ps 和命令历史里）；运行后按提示输入，或设置 YIMEN_NEW_PASSWORD。\n' +
        'Do not put the password on the command line (ps and the shell history keep it); type it at the prompt or set YIMEN_NEW_PASSWORD.',
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        department: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const missing = (['username', 'role', 'name'] as const).filter((key) => !values[key]?.trim());
  if (missing.length > 0) {
    throw new UsageError(`缺少参数 / missing: ${missing.map((key) => `--${key}`).join(' ')}\n\n${USAGE}`);
  }
  const role = values.role!.trim();
  if (!isRole(role)) {
    throw new UsageError(
      `没有“${role}”这个角色，请从下面选一个。\nThere is no role "${role}"; choose one of these:\n` +
        ROLES.map((r) => `  ${r.padEnd(11)} ${ROLE_LABELS[r]}`).join('\n'),
    );
  }
  const department = values.department?.trim() || undefined;
  if (role === 'department' && department === undefined) {
    throw new UsageError(
      '部门工作人员只能看到本部门的案件，所以必须用 --department 指定部门，例如 --department civil_affairs。\n' +
        'A department user sees only its department’s cases, so give one with --department, e.g. --department civil_affairs.',
    );
  }
  if (role !== 'department' && department !== undefined) {
    throw new UsageError(
      `只有部门工作人员（department）才绑定部门；${role} 请不要加 --department。\n` +
        `Only role department is bound to a department; leave out --department for ${role}.`,
    );
  }
  return { username: values.username!.trim(), role, name: values.name!.trim(), department };
}

/** Department codes named in the locality profiles, with their names; undefined when none could be read. */
async function knownDepartments(config: Config): Promise<Map<string, string> | undefined> {
  try {
    const registry = await loadLocalities({ dir: config.LOCALITIES_DIR, logger: { warn: () => undefined } });
    const known = new Map<string, string>([[JOINT_MEETING, '联席会议办公室 / joint meeting office']]);
    for (const profile of registry.list()) {
      for (const [code, name] of Object.entries(profile.departments)) {
        known.set(code, known.has(code) ? `${known.get(code)}、${name}` : name);
      }
    }
    return known;
  } catch {
    return undefined;
  }
}

async function checkDepartment(config: Config, department: string | undefined): Promise<void> {
  if (department === undefined) return;
  const known = await knownDepartments(config);
  if (known === undefined) {
    process.stderr.write(
      `注意：读不到 ${config.LOCALITIES_DIR} 里的地区配置，无法核对部门代码“${department}”。\n` +
        `Note: could not read the locality profiles in ${config.LOCALITIES_DIR}, so "${department}" was not checked.\n`,
    );
    return;
  }
  if (!known.has(department)) {
    throw new UsageError(
      `地区配置里没有“${department}”这个部门代码。可用的部门代码：\n` +
        `No locality profile names the department "${department}". Known department codes:\n` +
        [...known].map(([code, name]) => `  ${code.padEnd(22)} ${name}`).join('\n'),
    );
  }
}

/**
 * True when a yimen server answers on the configured port. With embedded PGlite a second process
 * on the same data folder does not fail: each works on its own copy and one overwrites the other,
 * so a user added while the server runs would silently vanish.
 */
async function serverIsRunning(config: Config): Promise<boolean> {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  try {
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}/healthz`, {
      signal: AbortSignal.timeout(1500),
    });
    const body = (await res.json()) as { status?: unknown };
    return typeof body.status === 'string';
  } catch {
    return false;
  }
}

/** Reads one line from the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) {
          finish();
          reject(new Cancelled());
          return;
        }
        // An escape sequence (arrow keys and the like) is not part of a password.
        if (ch === '\u001b') break;
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.YIMEN_NEW_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      '没有终端可以输入密码：请在终端里运行，或设置环境变量 YIMEN_NEW_PASSWORD。\n' +
        'No terminal to type the password in: run this in a terminal or set YIMEN_NEW_PASSWORD.',
    );
  }
  for (;;) {
    const first = await promptHidden('新密码 / new password: ');
    const problem = passwordProblem(first);
    if (problem !== undefined) {
      process.stderr.write(`${problem} 请再输入一次。\n`);
      continue;
    }
    const again = await promptHidden('再输入一次 / repeat it: ');
    if (again === first) return first;
    process.stderr.write('两次输入的密码不一样，请重新输入。 / The two entries differ; try again.\n');
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(EX_CONFIG, '配置有误：', error.message);
    throw error;
  }
  const args = readArguments();
  await checkDepartment(config, args.department);
  if (config.DATABASE_URL === undefined && (await serverIsRunning(config))) {
    fail(
      1,
      `yimen 服务器正在端口 ${config.PORT} 上运行。使用嵌入式数据库时请先停止服务器再添加用户，否则新用户会丢失。`,
      `A yimen server is running on port ${config.PORT}. With the embedded database (no DATABASE_URL), stop it ` +
        'before adding users: PGlite serves one process at a time and the server would overwrite the new user.',
    );
  }
  const password = await readPassword();

  // The same data key as the server: the database refuses a key that cannot read what it holds.
  const { cipher } = await resolveDataKeys({
    dataKey: config.DATA_KEY,
    dataKeys: config.DATA_KEYS,
    dataDir: config.DATA_DIR,
  });
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    dataDir: config.DATA_DIR,
    cipher,
  });
  try {
    const auth = createAuthService({
      db,
      staff: createStaffRepository(db),
      clock: { now: () => new Date() },
      logger: { info: () => undefined, warn: () => undefined },
      tokenTtlHours: config.AUTH_TOKEN_TTL_HOURS,
    });
    const result = await auth.createUser({
      username: args.username,
      displayName: args.name,
      role: args.role,
      departmentCode: args.department,
      password,
    });
    if (!result.ok) {
      process.stderr.write(
        `没有添加用户：\n${result.problems.map((p) => `  - ${p.message}`).join('\n')}\n` +
          (result.reason === 'username_taken'
            ? `Not added: the username "${args.username}" is taken (usernames ignore case).\n`
            : `Not added: ${result.problems.map((p) => p.field).join(', ')} did not pass the rules above.\n`),
      );
      // Not process.exit: the database must be closed cleanly first (finally below).
      process.exitCode = EX_DATAERR;
      return;
    }
    const { user } = result;
    const department = user.departmentCode === undefined ? '' : `，所属部门：${user.departmentCode}`;
    process.stdout.write(
      `已添加用户 ${user.username}（${user.displayName}），角色：${ROLE_LABELS[user.role]}（${user.role}）${department}。\n` +
        `Added user ${user.username} (${user.displayName}) with role ${user.role}` +
        `${user.departmentCode === undefined ? '' : `, department ${user.departmentCode}`}. ` +
        `Log in with POST /api/v1/auth/login (database: ${db.kind}).\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(EX_USAGE, error.message);
  if (error instanceof Cancelled) fail(1, '已取消。', 'Cancelled.');
  process.stderr.write(
    `添加用户失败 / adding the user failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
