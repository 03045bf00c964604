import { LineCounter, parseDocument } from "yaml";

export type YamlPath = readonly PropertyKey[];
export type LineRange = { start: number; end: number };

/**
 * A YAML text parsed with its line numbers, so a problem in a content file
 * can name the line as well as the field. A path that does not exist (a
 * missing key) is placed on the nearest enclosing node that does.
 */
export function parseYamlWithLines(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  function rangeOf(path: YamlPath): LineRange | undefined {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return { start: lineAt(node.range[0]), end: lineAt(Math.max(node.range[0], node.range[1] - 1)) };
    }
    return undefined;
  }

  return {
    errors: document.errors.map((error) => ({ message: error.message.split("\n")[0]!, line: lineAt(error.pos[0]) })),
    data: document.errors.length ? undefined : (document.toJS() as unknown),
    /** The first line of the node at `path` (or of the nearest existing parent). */
    lineOf: (path: YamlPath) => rangeOf(path)?.start,
    rangeOf,
  };
}
