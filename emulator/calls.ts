/**
 * One counter that every fake reports to, so tests and benchmarks can assert how many
 * Sheets/Forms/Docs calls a job makes: `calls.count('Range.setValues')`, `calls.count('Range.')`.
 */
export class Calls {
  #counts = new Map<string, number>();
  /** Runs before each counted call: the execution model checks its clock and rights here, and may throw. */
  gate?: (name: string) => void;

  hit(name: string): void {
    this.gate?.(name);
    this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
  }

  /** Calls of one method (`'Range.setValues'`), or of every method whose name starts with a prefix ending in `.`. */
  count(name?: string): number {
    if (name === undefined) return [...this.#counts.values()].reduce((a, b) => a + b, 0);
    if (!name.endsWith('.')) return this.#counts.get(name) ?? 0;
    let total = 0;
    for (const [k, v] of this.#counts) if (k.startsWith(name)) total += v;
    return total;
  }

  /** Calls of the classes that belong to one service, e.g. `service('Spreadsheet')`. */
  service(prefixes: readonly string[]): number {
    let total = 0;
    for (const [k, v] of this.#counts) if (prefixes.some((p) => k.startsWith(p + '.'))) total += v;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.#counts.clear();
  }
}

/** The classes whose calls count as "Sheets calls" (quota and speed rule of DESIGN.md). */
export const SHEETS_CLASSES = [
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DataValidation', 'DataValidationBuilder',
  'Protection', 'ConditionalFormatRule', 'ConditionalFormatRuleBuilder', 'BooleanCondition',
  'EmbeddedChart', 'EmbeddedChartBuilder', 'ContainerInfo', 'ChartOptions',
] as const;
