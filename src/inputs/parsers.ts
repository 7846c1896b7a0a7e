import type { parse as parseCsv } from 'csv-parse/sync';
import type { fromHtml } from 'hast-util-from-html';

/**
 * The parsers of the collection formats. Together they are most of the code replylint would
 * otherwise load on every start, and most runs lint plain text; so each is loaded only when an
 * input (or the config file) needs it, before that input is read.
 */
export interface Parsers {
  yaml: (source: string) => unknown;
  csv: typeof parseCsv;
  html: typeof fromHtml;
}
export type ParserName = keyof Parsers;

const loaders: { [Name in ParserName]: () => Promise<Parsers[Name]> } = {
  yaml: async () => {
    // A CommonJS package: bundled, its exports come under `default`.
    const yaml = await import('yaml');
    return yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
  },
  csv: async () => (await import('csv-parse/sync')).parse,
  html: async () => (await import('hast-util-from-html')).fromHtml,
};
const loaded: Partial<Parsers> = {};

/** The parsers a file needs by its extension: JSON macros may hold HTML, front matter is YAML. */
export function parsersFor(file: string): ParserName[] {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  switch (extension) {
    case 'yaml':
    case 'yml':
      return ['yaml', 'html'];
    case 'json':
      return ['html'];
    case 'md':
    case 'markdown':
      return ['yaml'];
    case 'csv':
      return ['csv'];
    case 'html':
    case 'htm':
      return ['html'];
    default:
      return [];
  }
}

export async function loadParsers(names: Iterable<ParserName>): Promise<void> {
  for (const name of new Set(names)) {
    if (loaded[name] === undefined) Object.assign(loaded, { [name]: await loaders[name]() });
  }
}

export function parser<Name extends ParserName>(name: Name): Parsers[Name] {
  const found = loaded[name];
  if (found === undefined) throw new Error(`the ${name} parser is used before loadParsers() loaded it`);
  return found;
}
