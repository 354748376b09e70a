import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createErrorLayer } from '@status-i18n/core';
import express4 from 'express4';
import express5 from 'express5';
import ts from 'typescript';
import { codeBlocks, section } from './support/markdown';

// The README and docs/architecture.md state what the packages do: these tests fail when the code and the
// text drift apart.

const root = join(__dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const readme = read('README.md');
const architecture = read('docs/architecture.md');

/** The option names of `ErrorLayerOptions`, read from its declaration. */
function declaredOptions(): string[] {
  const source = read('packages/core/src/layer/options.ts');
  const body = source.match(/export interface ErrorLayerOptions<Context> \{([\s\S]*?)\n\}/)?.[1] ?? '';
  return [...body.matchAll(/^ {2}readonly (\w+)\?:/gm)].map(([, name = '']) => name);
}

/** The options the README documents under `#### options.X` headings (one heading may name two). */
function readmeOptions(): string[] {
  return [...readme.matchAll(/^#### (.+)$/gm)].flatMap(([, heading = '']) =>
    [...heading.matchAll(/options\.(\w+)/g)].map(([, name = '']) => name),
  );
}

type ExpressFactory = typeof express5;

/**
 * Runs a README snippet (TypeScript, ES modules) as it would run in an app, with `express` being the given
 * major version and `app.listen(3000)` listening on a free loopback port instead.
 */
async function runSnippet(code: string, express: ExpressFactory, globals: Record<string, unknown> = {}) {
  const servers: Server[] = [];
  const expressForSnippet = Object.assign(() => {
    const app = express();
    app.listen = (() => {
      const server = createServer(app);
      servers.push(server);
      return server.listen(0, '127.0.0.1');
    }) as never;
    return app;
  }, express);
  const modules: Record<string, unknown> = {
    express: expressForSnippet,
    'http-errors': require('http-errors'),
    '@status-i18n/express': require('@status-i18n/express'),
    '@status-i18n/core': require('@status-i18n/core'),
    'express-validator': require('express-validator'),
    zod: require('zod4'),
  };
  const requireForSnippet = (name: string) => {
    if (!(name in modules)) throw new Error(`the snippet imports ${name}, which this test does not provide`);
    return modules[name];
  };
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const names = Object.keys(globals);
  new Function('require', 'exports', ...names, outputText)(requireForSnippet, {}, ...names.map((n) => globals[n]));
  const [server] = servers;
  if (server === undefined || servers.length !== 1) throw new Error('the snippet must start one server');
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** One `$ curl` line of a console block and the output shown under it. */
interface CurlExample {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly output: string;
}

function curlExamples(block: string): CurlExample[] {
  const examples: CurlExample[] = [];
  for (const part of block.split(/^(?=\$ )/m)) {
    const [command = '', ...output] = part.trimEnd().split('\n');
    const path = command.match(/localhost:3000(\/\S*)/)?.[1];
    if (path === undefined) throw new Error(`cannot read the request of: ${command}`);
    const headers = Object.fromEntries(
      [...command.matchAll(/-H '([^:]+): ([^']*)'/g)].map(([, name = '', value = '']) => [name, value]),
    );
    examples.push({ path, headers, output: output.join('\n') });
  }
  return examples;
}

/** One `$ curl` line that may send a body (`-X`, `-d`), and the JSON shown under it. */
interface CurlRequest {
  readonly command: string;
  readonly path: string;
  readonly init: RequestInit;
  readonly output: string;
}

function curlRequests(block: string): CurlRequest[] {
  return block.split(/^(?=\$ )/m).map((part) => {
    const [command = '', ...output] = part.trimEnd().split('\n');
    const path = command.match(/localhost:3000(\/[^\s']*)/)?.[1];
    if (path === undefined) throw new Error(`cannot read the request of: ${command}`);
    const headers = Object.fromEntries(
      [...command.matchAll(/-H '([^:]+): ([^']*)'/g)].map(([, name = '', value = '']) => [name, value]),
    );
    const body = command.match(/-d '([^']*)'/)?.[1];
    const method = command.match(/-X (\w+)/)?.[1] ?? (body === undefined ? 'GET' : 'POST');
    return {
      command,
      path,
      init: { method, headers, ...(body === undefined ? {} : { body }) },
      output: output.join('\n'),
    };
  });
}

describe('README.md', () => {
  describe('#### options.X', () => {
    it('documents every option that errorHandler(options) declares', () => {
      const documented = readmeOptions();
      expect(declaredOptions().filter((name) => !documented.includes(name))).toEqual([]);
    });

    it('documents only options that errorHandler(options) accepts', () => {
      const documented = readmeOptions();
      expect(documented.length).toBeGreaterThan(10);
      const refused = documented.filter((name) => {
        try {
          createErrorLayer({ [name]: undefined }, { log: () => undefined });
          return false;
        } catch {
          return true;
        }
      });
      expect(refused).toEqual([]);
    });
  });

  describe('What the client gets', () => {
    const usage = section(readme, '## Usage');
    const [snippet = ''] = codeBlocks(section(usage, '### Express'), 'ts');
    const examples = curlExamples(codeBlocks(section(usage, '### What the client gets'), 'console')[0] ?? '');

    it('requests only paths that the Express snippet defines or leaves to notFound()', () => {
      const routes = [...snippet.matchAll(/app\.get\('([^']+)'/g)].map(([, route = '']) => route);
      const defined = (path: string) =>
        routes.some((route) => new RegExp(`^${route.replace(/:\w+/g, '[^/]+')}$`).test(path));
      const undefinedPaths = examples.filter(({ path, output }) => !defined(path) && !output.includes('"status":404'));
      expect(undefinedPaths).toEqual([]);
      expect(examples.length).toBeGreaterThanOrEqual(3);
    });

    it.each([
      ['Express 4', express4],
      ['Express 5', express5],
    ])('is what the Express snippet answers on %s', async (_name, express) => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const app = await runSnippet(snippet, express);
      try {
        for (const example of examples) {
          const response = await fetch(`http://127.0.0.1:${app.port}${example.path}`, { headers: example.headers });
          expect({ path: example.path, body: (await response.text()).trimEnd() }).toEqual({
            path: example.path,
            body: example.output,
          });
        }
        // The hidden 5xx message is not in the response, but it is in the log.
        expect(logged.mock.calls.flat().map(String).join('\n')).toContain('ECONNREFUSED');
      } finally {
        logged.mockRestore();
        await app.close();
      }
    });
  });

  describe('Express 4 and async routes', () => {
    const [snippet = ''] = codeBlocks(section(readme, '#### Express 4 and `async` routes'), 'ts');

    it('turns the rejection of a wrapped async route into an error response on Express 4', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      // The snippet defines the failing work itself, so that it runs as written.
      const app = await runSnippet(snippet, express4, {});
      try {
        const route = snippet.match(/app\.get\('([^']+)'/)?.[1]?.replace(/:\w+/g, '7');
        const response = await fetch(`http://127.0.0.1:${app.port}${route}`);
        expect(response.status).toBe(500);
        expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(await response.text()).not.toContain('database');
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'report 7: the database is down' }));
      } finally {
        logged.mockRestore();
        await app.close();
      }
    });
  });
});

describe('README.md: Application problems and validation', () => {
  const part = section(readme, '## Application problems and validation');
  const [snippet = ''] = codeBlocks(part, 'ts');
  const examples = curlRequests(codeBlocks(part, 'console')[0] ?? '');

  it.each([
    ['Express 4', express4],
    ['Express 5', express5],
  ])('shows what its Express snippet answers on %s', async (_name, express) => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const app = await runSnippet(snippet, express);
    try {
      for (const { command, path, init, output } of examples) {
        const response = await fetch(`http://127.0.0.1:${app.port}${path}`, init);
        expect({ command, body: await response.json() }).toEqual({ command, body: JSON.parse(output) });
      }
    } finally {
      await app.close();
    }
  });
});

describe('docs/architecture.md', () => {
  it('lists every option that errorHandler(options) declares in its options table', () => {
    const table = section(architecture, '### Options');
    const missing = declaredOptions().filter((name) => !table.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('names only files that exist', () => {
    const named = new Set<string>();
    for (const [path = ''] of architecture.matchAll(/(?:packages|bench)\/[\w./*-]+\.(?:ts|mjs)/g)) named.add(path);
    // The diagram names the core's files from its src folder.
    for (const [, path = ''] of architecture.matchAll(
      /(?<![\w/])((?:layer|error|render|format|locale)\/[\w.-]+\.ts)/g,
    )) {
      named.add(`packages/core/src/${path}`);
    }
    const missing = [...named].filter((path) => !existsSync(join(root, path.replace(/\/\*\.ts$/, ''))));
    expect(missing).toEqual([]);
  });

  it('says where every source file of the error path lives', () => {
    const folders = [
      'packages/express/src',
      'packages/koa/src',
      'packages/fastify/src',
      'packages/nestjs/src',
      'packages/fetch/src',
      'packages/core/src/layer',
      'packages/core/src/error',
      'packages/core/src/render',
    ];
    const table = section(architecture, '## Where each decision lives');
    const unnamed = folders.flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${folder}/${file}`)
        .filter((path) => !table.includes(path) && !table.includes(`${path.replace(/\/[^/]+$/, '')}/*.ts`)),
    );
    expect(unnamed).toEqual([]);
  });
});

describe('LICENSE', () => {
  // pnpm packs the repository's LICENSE into a package that has none; npm does not. Each package keeps its own
  // copy, so a tarball made by either carries it (scripts/check-packages.mjs checks pnpm's tarballs).
  it('is in every published package, the same as the repository', () => {
    const license = read('LICENSE');
    expect(license).toContain('Copyright (c) 2026 the status-i18n authors');
    const manifests = readdirSync(join(root, 'packages')).map((folder) => ({
      folder,
      ...(JSON.parse(read(`packages/${folder}/package.json`)) as { private?: boolean; files?: string[] }),
    }));
    const published = manifests.filter((manifest) => manifest.private !== true);
    expect(published.length).toBeGreaterThanOrEqual(4);
    const without = published.filter(({ folder, files }) => {
      const path = join(root, 'packages', folder, 'LICENSE');
      return !existsSync(path) || readFileSync(path, 'utf8') !== license || !files?.includes('LICENSE');
    });
    expect(without.map(({ folder }) => folder)).toEqual([]);
  });
});
