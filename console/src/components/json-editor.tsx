import { autocompletion, type CompletionContext, closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, foldGutter, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import { type Diagnostic, forceLinting, linter, lintGutter } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { useEffect, useRef } from 'react';
import { propertiesAt, type Schema, type SchemaError, validate } from './schema';

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);
const values = (node: SyntaxNode) => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (VALUE_NODES.has(c.name) || c.name === 'Property') out.push(c);
  return out;
};
const nameOf = (state: EditorState, property: SyntaxNode) => {
  const name = property.getChild('PropertyName');
  try {
    return name ? (JSON.parse(state.sliceDoc(name.from, name.to)) as string) : '';
  } catch {
    return '';
  }
};

/** The text range of the value a JSON pointer names, or of the deepest part of it that exists. */
export function rangeOf(state: EditorState, pointer: string): { from: number; to: number } {
  let node: SyntaxNode | null = syntaxTree(state).topNode.firstChild;
  let last = { from: 0, to: Math.min(1, state.doc.length) };
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (!node) break;
    last = { from: node.from, to: node.name === 'Object' || node.name === 'Array' ? node.from + 1 : node.to };
    if (node.name === 'Object') {
      const property: SyntaxNode | undefined = values(node).find((p) => p.name === 'Property' && nameOf(state, p) === segment);
      if (!property) return last;
      const name = property.getChild('PropertyName');
      if (name) last = { from: name.from, to: name.to };
      node = property.lastChild && VALUE_NODES.has(property.lastChild.name) ? property.lastChild : null;
    } else if (node.name === 'Array') {
      node = values(node)[Number(segment)] ?? null;
    } else node = null;
  }
  if (node && segments.length > 0 && !['Object', 'Array'].includes(node.name)) return { from: node.from, to: node.to };
  return last;
}

/** Property path of the object around `pos`. */
function pathAt(state: EditorState, pos: number): { path: string[]; object: SyntaxNode } | null {
  let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1);
  while (node && node.name !== 'Object') node = node.parent;
  if (!node) return null;
  const object = node;
  const path: string[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') path.unshift(nameOf(state, parent));
    else if (parent.name === 'Array') path.unshift(String(values(parent).findIndex((v) => v.from === child.from)));
  }
  return { path, object };
}

function completions(schema: Schema) {
  return (context: CompletionContext) => {
    const word = context.matchBefore(/"?[\w$-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const at = pathAt(context.state, context.pos);
    if (!at) return null;
    const properties = propertiesAt(schema, at.path);
    const quoted = word.text.startsWith('"');
    return {
      from: word.from,
      options: Object.entries(properties).map(([name, s]) => ({
        label: quoted ? `"${name}"` : name,
        apply: `"${name}": `,
        detail: Array.isArray(s.type) ? s.type.join('|') : s.type,
        info: s.description,
        type: 'property',
      })),
      validFor: /^"?[\w$-]*$/,
    };
  };
}

export interface JsonEditorProps {
  label: string;
  value: string;
  /** Bumped to force `value` into the editor again (a reload or discard to the same text). */
  resetKey: number;
  schema: Schema | null;
  /** Errors the server reported for the last save, shown with the editor's own. */
  serverErrors: SchemaError[];
  onChange: (text: string) => void;
}

export function JsonEditor({ label, value, resetKey, schema, serverErrors, onChange }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, serverErrors, schema });
  latest.current = { onChange, serverErrors, schema };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the view is made once per schema; value changes go through dispatch
  useEffect(() => {
    const parse = jsonParseLinter();
    const lint = (v: EditorView): Diagnostic[] => {
      const syntax = parse(v);
      if (syntax.length > 0) return syntax;
      const doc = JSON.parse(v.state.doc.toString() || 'null');
      const own = latest.current.schema ? validate(latest.current.schema, doc) : [];
      return [...own, ...latest.current.serverErrors].map((e) => ({
        ...rangeOf(v.state, e.pointer),
        severity: 'error' as const,
        message: e.pointer ? `${e.pointer}: ${e.message}` : e.message,
      }));
    };
    const editor = new EditorView({
      parent: host.current as HTMLDivElement,
      doc: value,
      extensions: [
        lineNumbers(),
        foldGutter(),
        history(),
        bracketMatching(),
        closeBrackets(),
        json(),
        syntaxHighlighting(defaultHighlightStyle),
        lintGutter(),
        linter(lint, { delay: 250 }),
        // The draft follows every keystroke at once; only the diagnostics wait for a pause in typing.
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString());
        }),
        ...(schema ? [autocompletion({ override: [completions(schema)] })] : []),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.lineWrapping,
      ],
    });
    view.current = editor;
    return () => editor.destroy();
  }, [schema]);

  // A reload from outside replaces the document.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey asks for the same value again
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value)
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value, resetKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new server errors must be drawn at once
  useEffect(() => {
    if (view.current) forceLinting(view.current);
  }, [serverErrors]);

  return <div className="editor" ref={host} />;
}
