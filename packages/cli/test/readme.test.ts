import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, statusI18n } from './binary';

/** One `$ status-i18n …` line of a console block and the output shown under it. */
interface Example {
  readonly file: string;
  readonly args: string[];
  readonly output: string;
  readonly status: number;
}

const EXIT_LINE = /^# exit status (\d+)$/;

/** The examples of every ```console block of a Markdown file. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(join(root, file), 'utf8');
  const examples: Example[] = [];
  for (const [, block = ''] of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { args: string[]; lines: string[] } | undefined;
    const finish = () => {
      if (current === undefined) return;
      const last = current.lines.at(-1)?.match(EXIT_LINE);
      if (last) current.lines.pop();
      while (current.lines.at(-1) === '') current.lines.pop();
      const output = current.lines.length > 0 ? `${current.lines.join('\n')}\n` : '';
      examples.push({ file, args: current.args, output, status: last ? Number(last[1]) : 0 });
    };
    for (const line of block.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ status-i18n')) {
        finish();
        current = { args: line.slice('$ status-i18n'.length).trim().split(/\s+/).filter(Boolean), lines: [] };
      } else current?.lines.push(line);
    }
    finish();
  }
  return examples;
}

// The root README gets the section written in docs/.cli-readme-section.md; check whichever holds it.
const files = ['packages/cli/README.md', 'docs/.cli-readme-section.md', 'README.md'].filter((file) =>
  existsSync(join(root, file)),
);
const examples = files.flatMap(examplesOf);

describe('status-i18n examples in the READMEs', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples.map((example) => [`${example.file}: status-i18n ${example.args.join(' ')}`, example] as const))(
    '%s prints what the README shows',
    (_name, example) => {
      const { status, stdout, stderr } = statusI18n(example.args);
      expect({ status, output: stdout + stderr }).toEqual({ status: example.status, output: example.output });
    },
  );
});
