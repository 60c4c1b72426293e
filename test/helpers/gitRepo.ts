// Real, throw-away git repositories for the tests of `diff` and the profile-change lens: made
// in the system's temporary folder with the `git` on the PATH, committed as a fixed test author
// (no global git config is needed or read for it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd`; throws with its error text when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'ic-git-') {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    git(this.dir, 'init', '-q');
  }

  write(rel: string, text: string | Buffer): void {
    const p = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }

  remove(rel: string): void {
    fs.rmSync(path.join(this.dir, rel));
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.dir, rel), 'utf8');
  }

  commit(message = 'change'): string {
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return git(this.dir, 'rev-parse', 'HEAD').trim();
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A small profile: two weighted criteria and a dealbreaker; `styleWeight` is what tests change. */
export function profileText(styleWeight = 3, name = 'Test Profile'): string {
  return `profile: ${name}
facts:
  workingStyle:
    type: choice
    options: [intuitive, structured, detail-planner]
  budget:
    type: money
    currency: EUR
  signals:
    type: tags
    options: [wants-to-be-right, open-to-advice]
criteria:
  - id: working-style
    fact: workingStyle
    is: [intuitive, structured]
    weight: ${styleWeight}
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 2
  - id: takes-advice
    fact: signals
    excludes: [wants-to-be-right]
    dealbreaker: true
verdict:
  fit: 70
  borderline: 50
  minKnown: 50
`;
}

export function prospectText(name: string, style: string, budget: string, profile?: string): string {
  return `prospect: ${name}\n${profile ? `profile: ${profile}\n` : ''}facts:\n  workingStyle: ${style}\n  budget: ${budget}\n  signals: [open-to-advice]\n`;
}
