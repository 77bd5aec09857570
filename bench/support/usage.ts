import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Prints the benchmark's usage (the `//` comment it opens with) and exits when `--help` is given: a benchmark
 * that plays a frozen held-out set by default must never run one because someone asked how to use it.
 */
export function exitWithUsageOnHelp(moduleUrl: string): void {
  if (!process.argv.includes('--help') && !process.argv.includes('-h')) return;
  const lines = readFileSync(fileURLToPath(moduleUrl), 'utf8').split('\n');
  const usage: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    usage.push(line.replace(/^\/\/ ?/, ''));
  }
  console.log(usage.join('\n'));
  process.exit(0);
}
