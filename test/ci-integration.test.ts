import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/replylint.js');
const templates = 'fixtures/templates';

/** Runs a README command with the local build standing in for the published package. */
function runCommand(command: string, cwd = root) {
  const local = command
    .replace(/^npx replylint/, `"${process.execPath}" "${bin}"`)
    .replace(/templates\//g, `${templates}/`);
  return spawnSync('bash', ['-c', local], { cwd, encoding: 'utf8' });
}

describe('the GitHub Actions workflow in the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((b) => b.includes('upload-sarif'));
  const workflow = parseYaml(block ?? '') as {
    jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }>;
  };
  const steps = Object.values(workflow.jobs)[0]?.steps ?? [];

  it('is a valid workflow that uploads the SARIF file it writes', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const sarifStep = steps.find((s) => s.run?.includes('-f sarif'));
    expect(upload?.with?.sarif_file).toBe('replylint.sarif');
    expect(sarifStep?.run).toContain('-o replylint.sarif');
  });

  it('its SARIF step, run on real template files, writes schema-valid SARIF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-workflow-'));
    const sarifStep = steps.find((s) => s.run?.includes('-f sarif'))?.run ?? '';
    const result = runCommand(sarifStep.replace('-o replylint.sarif', `-o ${join(dir, 'replylint.sarif')}`));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1); // the fixtures hold kiss-offs: the step fails, the upload still runs
    const sarif = JSON.parse(readFileSync(join(dir, 'replylint.sarif'), 'utf8'));
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    formats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(root, '../shared/schemas/sarif-schema-2.1.0.json'), 'utf8')),
    );
    expect(validate(sarif)).toBe(true);
    const uris = new Set(
      sarif.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    );
    expect(uris).toContain(`${templates}/macros.json`);
    expect(uris).toContain(`${templates}/templates.yaml`);
  });

  it('its annotation step writes workflow commands', () => {
    const githubStep = steps.find((s) => s.run?.includes('-f github'))?.run ?? '';
    const result = runCommand(githubStep);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/^::error file=fixtures\/templates\/[^,]+,line=\d+,col=\d+,/);
  });
});

describe('the pre-commit hook', () => {
  const [hook] = parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    language: string;
    files: string;
    args: string[];
  }>;

  it('names the bin this package installs', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(hook?.language).toBe('node');
    expect(Object.keys(manifest.bin)).toContain(hook?.entry);
  });

  it('runs on the template files it selects and fails on a kiss-off', () => {
    const files = readdirSync(join(root, templates))
      .filter((name) => new RegExp(hook?.files ?? '$^').test(name))
      .map((name) => join(templates, name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const result = spawnSync(process.execPath, [bin, ...(hook?.args ?? []), ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('macros.json [360001]');
    expect(result.stdout).toContain('no-kiss-off');
  });
});
