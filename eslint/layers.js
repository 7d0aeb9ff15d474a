/**
 * ESLint rule `notebook/layers`: imports point one way (DESIGN.md, Layers).
 *
 *   app    -> anything
 *   papers -> core, ui, and its own folder (never another paper)
 *   ui     -> core
 *   core   -> core
 *
 * Only relative imports into src/ are checked; packages are free.
 */
import path from 'node:path';

/** Layer and paper slug of a file path inside src/, or null outside src/. */
export function locate(file) {
  const parts = path.normalize(file).split(path.sep);
  const i = parts.lastIndexOf('src');
  if (i < 0 || i + 1 >= parts.length) return null;
  const top = parts[i + 1];
  if (top === 'papers') {
    const slug = parts.length > i + 3 ? parts[i + 2] : null; // src/papers/<slug>/file
    return { layer: 'papers', slug };
  }
  if (top === 'core' || top === 'ui' || top === 'app') return { layer: top, slug: null };
  return { layer: 'root', slug: null };
}

const ALLOWED = {
  core: ['core'],
  ui: ['core', 'ui'],
  papers: ['core', 'ui', 'papers'],
  app: ['core', 'ui', 'papers', 'app'],
  root: ['core', 'ui', 'papers', 'app', 'root'],
};

/** Why importing `target` from `source` breaks the layering, or null. */
export function violation(source, target) {
  const from = locate(source);
  const to = locate(target);
  if (!from || !to) return null;
  if (!ALLOWED[from.layer].includes(to.layer)) {
    return `${from.layer}/ may not import from ${to.layer}/ (see DESIGN.md, Layers)`;
  }
  if (from.layer === 'papers' && from.slug && to.layer === 'papers' && to.slug && from.slug !== to.slug) {
    return `a paper may not import another paper ('${from.slug}' imports '${to.slug}'); move shared code to core/ or ui/`;
  }
  if (from.layer === 'papers' && from.slug && to.layer === 'papers' && !to.slug) {
    return `a paper may not import the paper registry`;
  }
  return null;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports pointing one way between src/ layers' },
    schema: [],
    messages: { layer: '{{why}}' },
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const why = violation(file, path.resolve(path.dirname(file), spec));
      if (why) context.report({ node: node.source, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers: layersRule } };
