// Readers for the Teams Toolkit project files, for the tests beside this file: env files, ${{...}}
// placeholders, and the few parts of azure.bicep the other files depend on (parameters, outputs, app
// settings). Not a Bicep parser: it reads the declarations this template writes one per line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

export function readText(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** KEY=value lines of a dotenv file, comments and blank lines skipped. */
export function readEnvFile(path: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of readText(path).split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) entries.set(match[1]!, match[2]!);
  }
  return entries;
}

/** Names of the Teams Toolkit placeholders (`${{NAME}}`) in a text, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The text with every `${{NAME}}` replaced by values[NAME]; an unknown name throws. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for \${{${name}}}`);
    return value;
  });
}

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

export function bicepParams(bicep: string): BicepParam[] {
  const lines = bicep.split('\n');
  return lines.flatMap((line, i) => {
    const match = /^param (\w+) (\w+)( = .+)?$/.exec(line.trim());
    if (!match) return [];
    const decorators: string[] = [];
    for (let j = i - 1; j >= 0 && lines[j]!.trim().startsWith('@'); j--) decorators.push(lines[j]!.trim());
    return [
      {
        name: match[1]!,
        type: match[2]!,
        hasDefault: Boolean(match[3]),
        secure: decorators.includes('@secure()'),
      },
    ];
  });
}

export function bicepOutputs(bicep: string): string[] {
  return [...bicep.matchAll(/^output (\w+) \w+ = /gm)].map((m) => m[1]!);
}

/** `{ name: 'X', value: <expression> }` entries of the web app's appSettings, expression as written. */
export function bicepAppSettings(bicep: string): Map<string, string> {
  const block = /appSettings: \[\n([\s\S]*?)\n\s*\]/.exec(bicep)?.[1] ?? '';
  const settings = new Map<string, string>();
  for (const match of block.matchAll(/^\s*\{ name: '(\w+)', value: (.+) \}$/gm))
    settings.set(match[1]!, match[2]!);
  return settings;
}

/** `var name = expression` declarations. */
export function bicepVars(bicep: string): Map<string, string> {
  return new Map([...bicep.matchAll(/^var (\w+) = (.+)$/gm)].map((m) => [m[1]!, m[2]!] as [string, string]));
}
