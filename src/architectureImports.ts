/**
 * Reads what a source file imports and which clock/randomness/DOM globals it
 * touches, from the TypeScript syntax tree (so comments and strings never count).
 * Used by `architecture.test.ts`; see `architectureRules.ts` for the rules.
 */
import ts from 'typescript';

/** One module a file refers to. `typeOnly` is true only when the reference is erased at build time. */
export interface ImportRef {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** A use of a global the engine must not touch (e.g. `Math.random`, `setTimeout`). */
export interface GlobalUse {
  readonly name: string;
  readonly line: number;
}

/** Globals whose mere use is forbidden in pure code. */
const FORBIDDEN_IDENTIFIERS = new Set(['setTimeout', 'setInterval', 'requestAnimationFrame']);
/** Objects whose property access is forbidden in pure code (`document.x`, `window.x`). */
const FORBIDDEN_OBJECTS = new Set(['document', 'window']);
/** Single members that are forbidden: `Math.random`, `Date.now`, `performance.now`. */
const FORBIDDEN_MEMBERS = new Set(['Math.random', 'Date.now', 'performance.now']);

function parse(fileName: string, source: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
}

function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

function isImportMetaUrl(node: ts.Node | undefined): boolean {
  return (
    node !== undefined &&
    ts.isPropertyAccessExpression(node) &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword &&
    node.name.text === 'url'
  );
}

/** `new URL('../../', import.meta.url)` locates a folder (e.g. the repository root), not a module. */
function isDirectoryUrl(arg: ts.Expression): boolean {
  return ts.isStringLiteralLike(arg) && (arg.text.endsWith('/') || /(^|\/)\.\.?$/.test(arg.text));
}

/** The specifier a node refers to, if it is an import of some kind. */
function importOf(node: ts.Node): { specifier: ts.Expression; typeOnly: boolean } | undefined {
  if (ts.isImportDeclaration(node)) {
    // `import { type A } from 'x'` keeps `import 'x'` at run time: only `import type` is erased.
    return { specifier: node.moduleSpecifier, typeOnly: node.importClause?.isTypeOnly ?? false };
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
    return { specifier: node.moduleSpecifier, typeOnly: node.isTypeOnly };
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [arg] = node.arguments;
    return arg ? { specifier: arg, typeOnly: false } : undefined;
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
    return { specifier: node.argument.literal, typeOnly: true };
  }
  if (
    ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL'
  ) {
    const [arg, base] = node.arguments ?? [];
    return arg && isImportMetaUrl(base) && !isDirectoryUrl(arg)
      ? { specifier: arg, typeOnly: false }
      : undefined;
  }
  return undefined;
}

/** Every module specifier in `source`: static, type-only, re-exports, dynamic `import()` and `new URL(…, import.meta.url)`. */
export function findImports(fileName: string, source: string): ImportRef[] {
  const file = parse(fileName, source);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    const found = importOf(node);
    if (found && ts.isStringLiteralLike(found.specifier)) {
      refs.push({
        specifier: found.specifier.text,
        typeOnly: found.typeOnly,
        line: lineOf(file, node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

/** Names declared anywhere in the file: a local `window` (a metrics window, say) is not the global. */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (
      ts.isDeclarationStatement(node) ||
      ts.isVariableDeclaration(node) ||
      ts.isParameter(node) ||
      ts.isImportSpecifier(node) ||
      ts.isImportClause(node) ||
      ts.isBindingElement(node)
    ) {
      if (name && ts.isIdentifier(name)) names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

function globalUseOf(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const member = `${node.expression.text}.${node.name.text}`;
    if (FORBIDDEN_MEMBERS.has(member)) return member;
    if (FORBIDDEN_OBJECTS.has(node.expression.text)) return `${node.expression.text}.`;
  }
  if (
    ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'Date'
  ) {
    return 'new Date';
  }
  if (ts.isIdentifier(node) && FORBIDDEN_IDENTIFIERS.has(node.text)) {
    const parent = node.parent;
    const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
    return isMemberName ? undefined : node.text;
  }
  return undefined;
}

/** Uses of wall-clock time, timers, `Math.random` or the DOM (ignoring names the file declares itself). */
export function findForbiddenGlobals(fileName: string, source: string): GlobalUse[] {
  const file = parse(fileName, source);
  const local = declaredNames(file);
  const uses: GlobalUse[] = [];
  const visit = (node: ts.Node): void => {
    const name = globalUseOf(node);
    if (name && !local.has(name.split('.')[0] ?? name))
      uses.push({ name, line: lineOf(file, node) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}
