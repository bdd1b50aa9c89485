/**
 * ISP: split the fat device interface — reference solution.
 *
 * Each device implements only the roles it can honour, and each client names only the roles it
 * calls, so a test double for printAll is `{ print() {} }` and the compiler refuses to hand a
 * LaserPrinter to scanAndFax.
 */

export interface Doc {
  title: string;
  pages: string[];
}

export interface Printer {
  print(doc: Doc): void;
}

export interface Scanner {
  scan(): Doc;
}

export interface Fax {
  sendFax(doc: Doc, to: string): void;
}

export class LaserPrinter implements Printer {
  readonly #printed: Doc[] = [];

  get printed(): readonly Doc[] {
    return this.#printed;
  }

  print(doc: Doc): void {
    if (doc.pages.length === 0) throw new RangeError(`cannot print "${doc.title}": it has no pages`);
    this.#printed.push(doc);
  }
}

const FAX_NUMBER = /^\+?[0-9]+$/;

export class OfficeMachine implements Printer, Scanner, Fax {
  // Composition: the machine reuses a printer rather than re-implementing printing.
  readonly #printer = new LaserPrinter();
  readonly #tray: Doc[];
  readonly #faxed: { to: string; doc: Doc }[] = [];

  constructor(tray: Doc[] = []) {
    this.#tray = [...tray];
  }

  get printed(): readonly Doc[] {
    return this.#printer.printed;
  }

  get faxed(): readonly { to: string; doc: Doc }[] {
    return this.#faxed;
  }

  print(doc: Doc): void {
    this.#printer.print(doc);
  }

  scan(): Doc {
    const doc = this.#tray.shift();
    if (doc === undefined) throw new Error("scanner tray is empty");
    return doc;
  }

  sendFax(doc: Doc, to: string): void {
    if (!FAX_NUMBER.test(to)) throw new RangeError(`not a fax number: "${to}"`);
    this.#faxed.push({ to, doc });
  }
}

const hasMethod = (device: object, name: string): boolean =>
  typeof (device as Record<string, unknown>)[name] === "function";

export function isPrinter(device: object): device is Printer {
  return hasMethod(device, "print");
}

export function isScanner(device: object): device is Scanner {
  return hasMethod(device, "scan");
}

export function isFax(device: object): device is Fax {
  return hasMethod(device, "sendFax");
}

export function printAll(printer: Printer, docs: Doc[]): number {
  let pages = 0;
  for (const doc of docs) {
    printer.print(doc);
    pages += doc.pages.length;
  }
  return pages;
}

export function photocopy(scanner: Scanner, printer: Printer): Doc {
  const doc = scanner.scan();
  printer.print(doc);
  return doc;
}

export function scanAndFax(device: Scanner & Fax, to: string): Doc {
  const doc = device.scan();
  device.sendFax(doc, to);
  return doc;
}
