/**
 * The code version a sweep job carries and a worker compares with its own:
 * the git commit, plus a hash of the uncommitted changes to tracked files
 * (`<sha>+dirty.<hash>`), so two checkouts agree only when they would run the
 * same code. A machine without git (a bundle, a container image) says its
 * version in PAPER_NOTEBOOK_COMMIT.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const COMMIT_ENV = 'PAPER_NOTEBOOK_COMMIT';

export function codeVersion(cwd = process.cwd()): string {
  const fromEnv = process.env[COMMIT_ENV];
  if (fromEnv) return fromEnv;
  const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let head: string;
  try {
    head = git('rev-parse', 'HEAD').trim();
  } catch {
    return 'unknown (no git checkout and no PAPER_NOTEBOOK_COMMIT)';
  }
  const diff = git('diff', 'HEAD', '--no-ext-diff', '--binary');
  if (!diff) return head;
  return `${head}+dirty.${createHash('sha256').update(diff).digest('hex').slice(0, 12)}`;
}

/** A short stable hash of text (sweep ids). */
export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
