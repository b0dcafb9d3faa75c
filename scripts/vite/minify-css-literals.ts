/**
 * Vite plugin: minifies the CSS inside Lit `css` template literals without interpolations —
 * comments dropped, whitespace collapsed around punctuation. The bundler's minifier leaves
 * template strings as written, and the styles are a tenth of the element's code.
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around + - > ~ or before ":": calc() needs its spaces, and "a :hover" is not "a:hover".
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'dodo:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(CSS_LITERAL)) {
        const start = match.index + 'css`'.length;
        output.overwrite(start, start + match[1]!.length, minifyCss(match[1]!));
      }
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
