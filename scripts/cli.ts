/** Reading `--name value` options for the scripts, with the defaults' types. */
export function readOptions<T extends Record<string, number>>(args: string[], defaults: T): T {
  const options: Record<string, number> = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-zA-Z]+)$/.exec(args[i]);
    if (!match) continue;
    const key = match[1];
    if (!(key in defaults))
      throw new Error(`unknown option --${key}; known: ${Object.keys(defaults).join(', ')}`);
    const value = Number(args[i + 1]);
    if (!Number.isFinite(value)) throw new Error(`--${key} needs a number, found "${args[i + 1]}"`);
    options[key] = value;
    i++;
  }
  return options as T;
}

/** The first argument that is not an option or an option's value. */
export function positional(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) i++;
    else return args[i];
  }
  return undefined;
}

/** A `--name text` option taken out of the arguments: its text, and the arguments without it. */
export function readTextOption(
  args: string[],
  name: string,
): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return { value: undefined, rest: args };
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return { value, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
