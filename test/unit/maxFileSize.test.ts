// idealClient.maxFileSize has a ceiling (50 MB) that a workspace cannot lift: in the manifest
// (the settings editor refuses more), in the server (a larger value is read as the ceiling) and
// as a setting an untrusted workspace may not set at all.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_SIZE_CEILING, toSettings, DEFAULT_SETTINGS } from '../../server/src/service/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
  contributes: { configuration: { properties: Record<string, { maximum?: number; minimum?: number }> } };
};

describe('idealClient.maxFileSize', () => {
  it('is 50 MB at most, and the server clamps anything larger (and anything absurd)', () => {
    assert.equal(MAX_FILE_SIZE_CEILING, 50 * 1024 * 1024);
    assert.equal(toSettings({ maxFileSize: 481 * 1024 * 1024 }).maxFileSize, MAX_FILE_SIZE_CEILING);
    assert.equal(toSettings({ maxFileSize: Infinity }).maxFileSize, MAX_FILE_SIZE_CEILING);
    assert.equal(toSettings({ maxFileSize: NaN }).maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(toSettings({ maxFileSize: 10 }).maxFileSize, 1024);
    assert.equal(toSettings({ maxFileSize: 4 * 1024 * 1024 }).maxFileSize, 4 * 1024 * 1024);
  });

  it('has the same bounds in the manifest, and is restricted in untrusted workspaces', () => {
    const s = pkg.contributes.configuration.properties['idealClient.maxFileSize'];
    assert.equal(s.maximum, MAX_FILE_SIZE_CEILING);
    assert.equal(s.minimum, 1024);
    assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('idealClient.maxFileSize'));
  });
});
