import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * ADR 0027: a request changes state only by sending a typed command through the CommandBus. A
 * controller's POST, PUT, PATCH and DELETE routes (and the private methods they call) may use, of
 * what the controller was given, only `this.commands.execute(new SomeCommand(…))`, with the
 * command class imported from a `*.commands` module.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITE_ROUTES = new Set(['Post', 'Put', 'Patch', 'Delete']);

function controllerFiles(): string[] {
  const libs = join(ROOT, 'libs');
  return readdirSync(libs).flatMap((context) => {
    const http = join(libs, context, 'src', 'http');
    let names: string[];
    try {
      names = readdirSync(http);
    } catch {
      return [];
    }
    return names.filter((name) => name.endsWith('.controller.ts')).map((name) => join(http, name));
  });
}

const decoratorNames = (node: ts.Node): string[] =>
  (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).flatMap((decorator) =>
    ts.isCallExpression(decorator.expression) && ts.isIdentifier(decorator.expression.expression) ? [decorator.expression.expression.text] : [],
  );

/** `this.<member>.<method>(…)`, `this.<method>(…)` and `new <Class>(…)` inside a method body. */
interface MethodUse {
  readonly injectedCalls: { member: string; method: string; argument: ts.Expression | undefined }[];
  readonly ownCalls: string[];
}

function usesOf(body: ts.Node): MethodUse {
  const use: MethodUse = { injectedCalls: [], ownCalls: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const callee = node.expression;
      if (callee.expression.kind === ts.SyntaxKind.ThisKeyword) use.ownCalls.push(callee.name.text);
      else if (ts.isPropertyAccessExpression(callee.expression) && callee.expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
        use.injectedCalls.push({ member: callee.expression.name.text, method: callee.name.text, argument: node.arguments[0] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return use;
}

/** The problems of one controller file: every use of an injected member on a write route but sending a command. */
function problemsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const commandClasses = new Set<string>();
  const problems: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && /\.commands(\.js)?$/.test(statement.moduleSpecifier.text)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((element) => commandClasses.add(element.name.text));
    }
  }
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    const methods = new Map(statement.members.filter(ts.isMethodDeclaration).map((method) => [method.name.getText(source), method]));
    const checked = new Set<string>();
    const check = (name: string, route: string): void => {
      const method = methods.get(name);
      if (method?.body === undefined || checked.has(name)) return;
      checked.add(name);
      const use = usesOf(method.body);
      for (const call of use.injectedCalls) {
        const sent = call.argument && ts.isNewExpression(call.argument) && ts.isIdentifier(call.argument.expression) ? call.argument.expression.text : null;
        const sendsCommand = call.member === 'commands' && call.method === 'execute' && sent !== null && commandClasses.has(sent);
        if (!sendsCommand) problems.push(`${relative(ROOT, file)} ${route}: this.${call.member}.${call.method}(…)`);
      }
      use.ownCalls.forEach((own) => check(own, route));
    };
    for (const [name, method] of methods) {
      if (decoratorNames(method).some((decorator) => WRITE_ROUTES.has(decorator))) check(name, name);
    }
  }
  return problems;
}

describe('Commands go through the CommandBus (ADR 0027)', () => {
  it('given every controller, when its write routes are read, then each sends a typed command from a *.commands module and calls nothing else it was given', () => {
    const files = controllerFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => problemsOf(file))).toEqual([]);
  });

  it('given a controller that calls a service or sends a class from elsewhere on a write route, when it is read, then the rule names each route and call', () => {
    const controller = `
      import { OpenVoting } from '../application/resolution.commands.js';
      import { AmendResolution } from '../application/resolution-voting.js';
      class ResolutionsController {
        @Post(':id/voting') open(id, body) { return this.commands.execute(new OpenVoting(id, body, {})); }
        @Post(':id/closing') close(id) { return this.voting.close(id); }
        @Post(':id/amendments') amend(id, body) { return this.commands.execute(new AmendResolution(id, body, {})); }
        @Post(':id/withdrawal') withdraw(id) { return this.withdrawn(id); }
        @Get(':id') read(id) { return this.queries.resolution(id); }
        private withdrawn(id) { return this.voting.withdraw(id); }
      }`;
    expect(problemsOf(join(ROOT, 'libs', 'voting', 'src', 'http', 'resolutions.controller.ts'), controller)).toEqual([
      'libs/voting/src/http/resolutions.controller.ts close: this.voting.close(…)',
      'libs/voting/src/http/resolutions.controller.ts amend: this.commands.execute(…)',
      'libs/voting/src/http/resolutions.controller.ts withdraw: this.voting.withdraw(…)',
    ]);
  });
});
