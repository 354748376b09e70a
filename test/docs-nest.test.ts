import './nest/nest-12';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import ts from 'typescript';
import { CollectingLogger } from './suite/frameworks-nest';
import { codeBlocks, section } from './support/markdown';

// The README's NestJS snippet compiles in a CommonJS Nest project, as Nest's starter makes one, and runs as
// written on Nest 12 and Express.

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const [snippet = ''] = codeBlocks(section(readme, '### NestJS'), 'ts');

// A CommonJS project (Nest's starter without "type": "module"), with Nest's legacy decorators; the packages'
// and Nest 12's types as the repository's tsconfig.json finds them.
const COMMONJS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  target: ts.ScriptTarget.ES2021,
  strict: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  baseUrl: root,
  paths: {
    '@status-i18n/core': ['packages/core/src/index.ts'],
    '@status-i18n/nestjs': ['packages/nestjs/src/index.ts'],
    '@nestjs/*': ['test/nest-12/node_modules/@nestjs/*'],
    'class-validator': ['test/nest-12/node_modules/class-validator'],
    'class-transformer': ['test/nest-12/node_modules/class-transformer'],
    rxjs: ['test/nest-12/node_modules/rxjs'],
  },
};

/** The compiler's errors for the snippet as a file of a CommonJS project. */
function compileErrors(code: string): string[] {
  const fileName = join(root, 'test', 'readme-nest-snippet.ts');
  const host = ts.createCompilerHost(COMMONJS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === fileName ? ts.createSourceFile(name, code, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], COMMONJS, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

/** Runs the snippet as its CommonJS build would; resolves with the app it started, listening on a free port. */
function runSnippet(code: string): Promise<INestApplication> {
  const { outputText } = ts.transpileModule(code, { compilerOptions: { ...COMMONJS, noEmit: false } });
  const core = require('@nestjs/core');
  let unhandled: ((error: unknown) => void) | undefined;
  const started = new Promise<INestApplication>((resolve, reject) => {
    // The snippet's app, quiet, on a port of the system's choice rather than 3000.
    const NestFactory = {
      create: async (module: unknown, ...rest: unknown[]) => {
        const options = { logger: new CollectingLogger(), abortOnError: false };
        // Nest loads its Express adapter with import() when none is given, which Jest's CommonJS cannot do: the
        // same adapter, given.
        const adapter = rest[0] ?? new (require('@nestjs/platform-express').ExpressAdapter)();
        const app: INestApplication = await core.NestFactory.create(module, adapter, options);
        const listen = async () => {
          const server = await app.listen(0, '127.0.0.1');
          resolve(app);
          return server;
        };
        // Nest's app is a proxy of its own, which ignores a method set on it.
        return new Proxy(app, {
          get: (target, name) => {
            if (name === 'listen') return listen;
            const value = Reflect.get(target, name);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    };
    const modules: Record<string, unknown> = {
      '@nestjs/common': require('@nestjs/common'),
      '@nestjs/core': { ...core, NestFactory },
      '@status-i18n/core': require('@status-i18n/core'),
      '@status-i18n/nestjs': require('@status-i18n/nestjs'),
      'class-validator': require('class-validator'),
    };
    const requireForSnippet = (name: string) => {
      if (!(name in modules)) throw new Error(`the snippet imports ${name}, which this test does not provide`);
      return modules[name];
    };
    // The snippet calls bootstrap() without waiting for it: a failed start is an unhandled rejection.
    unhandled = reject;
    process.once('unhandledRejection', unhandled);
    new Function('require', 'exports', outputText)(requireForSnippet, {});
  });
  return started.finally(() => process.off('unhandledRejection', unhandled as never));
}

describe('README.md: NestJS', () => {
  it('compiles in a CommonJS project (no top-level await)', () => {
    expect(snippet).toContain('StatusI18nModule.forRoot(');
    expect(compileErrors(snippet)).toEqual([]);
  });

  it('runs as written on Nest 12 and Express: the 4xx message shown, each field error pointing at its field', async () => {
    const app = await runSnippet(snippet);
    try {
      const server = app.getHttpServer();
      const conflict = await request(server).get('/seats/12A');
      expect(conflict.status).toBe(409);
      expect(conflict.body.detail).toBe('Seat 12A is taken');
      const invalid = await request(server)
        .post('/sign-up')
        .set('Accept-Language', 'zh-CN')
        .send({ email: 'ada', name: 'A' });
      expect(invalid.status).toBe(422);
      expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['#/email', '#/name']);
      expect(invalid.body.title).toBe('请求无效');
    } finally {
      await app.close();
    }
  });
});
