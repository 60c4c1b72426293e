// The size limit on disk (issue 6, item 2): the node file system honours idealClient.maxFileSize
// both ways — a file over the configured limit is reported with its real size and never read
// into memory, and a limit above the default lets a larger file be checked.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/service/settings';
import { nodeFileSystem } from '../../server/src/workspace/fileSystem';
import { parseCounter } from '../../server/src/parser/parsedDocument';

const SAMPLES = path.resolve(__dirname, '../../samples');
const PROFILE = fs.readFileSync(path.join(SAMPLES, 'wunschkunde.profile.yaml'), 'utf8');
const ACME = fs.readFileSync(path.join(SAMPLES, 'prospects/2026-11-20-acme.prospect.yaml'), 'utf8').replace('profile: ../wunschkunde.profile.yaml\n', '');

describe('the size limit on disk (idealClient.maxFileSize)', function () {
  this.timeout(20_000);
  let dir: string;
  let service: LanguageService;

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-size-')));
    fs.writeFileSync(path.join(dir, 'p.profile.yaml'), PROFILE);
    service = new LanguageService({ workspaceFolders: [dir] });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const problemsOf = (file: string, settings: Settings): string[] =>
    service.problems(service.uriOf(path.join(dir, file)), settings).map((p) => p.message);

  it('a file over a limit set below the default is reported with its real size, and not read', () => {
    // 10 KB of notes: under the 2 MB default, over a limit of 4 KB.
    const text = ACME + '  ' + 'lorem ipsum '.repeat(850) + '\n';
    fs.writeFileSync(path.join(dir, 'big.prospect.yaml'), text);
    const messages = problemsOf('big.prospect.yaml', { ...DEFAULT_SETTINGS, maxFileSize: 4096 });
    assert.deepEqual(messages, [`This file is ${Math.ceil(Buffer.byteLength(text) / 1024)} KB, larger than the limit of 4 KB (setting idealClient.maxFileSize); it is not checked.`]);
    // The file system itself returns only the size: the text never reaches memory.
    const read = nodeFileSystem().readFile(path.join(dir, 'big.prospect.yaml'), 4096);
    assert.deepEqual(typeof read === 'string' ? `the whole text (${read.length} characters)` : read, { tooLarge: true, size: Buffer.byteLength(text) });
    // Under the default limit the same file is read and judged.
    assert.equal(typeof nodeFileSystem().readFile(path.join(dir, 'big.prospect.yaml')), 'string');
  });

  it('a limit above the default lets a 3 MB prospect be checked and evaluated', () => {
    const text = ACME + '  ' + 'lorem ipsum dolor sit amet\n  '.repeat(110_000) + '\n';
    assert.ok(Buffer.byteLength(text) > 3 * 1024 * 1024);
    fs.writeFileSync(path.join(dir, 'long.prospect.yaml'), text);
    const settings = { ...DEFAULT_SETTINGS, maxFileSize: 5 * 1024 * 1024 };
    const messages = problemsOf('long.prospect.yaml', settings);
    assert.deepEqual(messages.filter((m) => /larger than the limit/.test(m)), [], messages.join(' | '));
    const ev = service.evaluate(service.uriOf(path.join(dir, 'long.prospect.yaml')), settings);
    assert.equal(ev.ok ? `${ev.verdict.prospect}: ${ev.verdict.score}` : `not evaluated: ${ev.message}`, 'ACME GmbH: 29');
  });

  it('a changed limit applies at once to a file already checked, both ways', () => {
    const text = ACME + '  ' + 'lorem ipsum '.repeat(850) + '\n';
    fs.writeFileSync(path.join(dir, 'big.prospect.yaml'), text);
    const tooLarge = (maxFileSize: number): number =>
      problemsOf('big.prospect.yaml', { ...DEFAULT_SETTINGS, maxFileSize }).filter((m) => /larger than the limit/.test(m)).length;
    assert.equal(tooLarge(4096), 1, 'over a 4 KB limit');
    assert.equal(tooLarge(1024 * 1024), 0, 'the limit raised to 1 MB: checked now');
    assert.equal(tooLarge(4096), 1, 'lowered again: reported again');
  });

  it('an ordinary file is not parsed again for a caller with another limit', () => {
    const uri = service.uriOf(path.join(dir, 'p.profile.yaml'));
    service.problems(uri, { ...DEFAULT_SETTINGS, maxFileSize: 1024 * 1024 });
    const parses = parseCounter.count;
    for (const maxFileSize of [2 * 1024 * 1024, 1024 * 1024, 5 * 1024 * 1024]) service.problems(uri, { ...DEFAULT_SETTINGS, maxFileSize });
    assert.equal(parseCounter.count - parses, 0, 'a limit far above its size decides nothing about a 5 KB profile');
  });

  it('a 3 GB file is reported at once with its size, without reading it', () => {
    const file = path.join(dir, 'huge.prospect.yaml');
    fs.writeFileSync(file, 'prospect: Huge\n');
    fs.truncateSync(file, 3 * 1024 * 1024 * 1024); // sparse: costs no disk space
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const messages = problemsOf('huge.prospect.yaml', DEFAULT_SETTINGS);
    assert.ok(performance.now() - t0 < 1000, 'within a second');
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 50 * 1024 * 1024, 'bounded memory');
    assert.deepEqual(messages, ['This file is 3072.0 MB, larger than the limit of 2.0 MB (setting idealClient.maxFileSize); it is not checked.']);
  });
});
