/**
 * ISP: split the fat device interface
 *
 * What you build
 *   Small role interfaces — `Printer`, `Scanner`, `Fax` — two devices that implement exactly the
 *   roles they can play, runtime guards for each role, and three client functions that each ask
 *   for the narrowest role they use.
 *
 * Why it matters
 *   A "fat" interface forces every implementer to fake what it cannot do and every client to
 *   depend on what it never calls:
 *
 *     interface MultiFunctionDevice { print(doc): void; scan(): Doc; sendFax(doc, to): void }
 *     class LaserPrinter implements MultiFunctionDevice {
 *       scan(): Doc { throw new Error("not supported"); }          // a lie the compiler accepts
 *       sendFax(): void { throw new Error("not supported"); }
 *     }
 *
 *   The same happens with `UserService` interfaces that 12 endpoints depend on, or storage
 *   clients exposing 40 methods when a job needs `get`. The Interface Segregation Principle:
 *   clients should not depend on methods they do not use. Small role interfaces make fakes in
 *   tests one line long and let the compiler reject a device for a job it cannot do.
 *
 * Your task
 *   A `Doc` is `{ title, pages }`.
 *   - `class LaserPrinter implements Printer` — and nothing else: no `scan` or `sendFax`
 *     members at all (not even ones that throw).
 *     - `print(doc)` throws a `RangeError` if `doc.pages` is empty (nothing is recorded);
 *       otherwise records the doc. `printed` lists the printed docs in order.
 *   - `class OfficeMachine implements Printer, Scanner, Fax`:
 *     - `constructor(tray: Doc[] = [])` — the documents waiting in the scanner tray (none by
 *       default);
 *     - `print(doc)` behaves exactly like LaserPrinter's and records in `printed`;
 *     - `scan()` returns the next tray document (first in, first out); throws an `Error` with
 *       message "scanner tray is empty" when there is none;
 *     - `sendFax(doc, to)` records `{ to, doc }` in `faxed`; throws a `RangeError` unless `to`
 *       is digits with an optional leading "+" (e.g. "+4930123").
 *   - `isPrinter(device)`, `isScanner(device)`, `isFax(device)` — type guards: true when the
 *     object has a `print` / `scan` / `sendFax` property that is a function.
 *   - Clients, each typed with the narrowest role(s):
 *     - `printAll(printer: Printer, docs)` prints every doc in order and returns the total
 *       number of pages printed;
 *     - `photocopy(scanner: Scanner, printer: Printer)` scans one doc, prints it and returns it
 *       — the scanner and the printer may be different devices;
 *     - `scanAndFax(device: Scanner & Fax, to)` scans one doc, faxes it and returns it.
 *   The suite checks the types too (with `expectTypeOf`): keep the signatures below.
 *
 * Example
 *   const printer = new LaserPrinter();
 *   printAll(printer, [{ title: "Invoice", pages: ["p1", "p2"] }]);   // 2
 *   "scan" in printer;                                                 // false
 *   const office = new OfficeMachine([{ title: "Contract", pages: ["signed"] }]);
 *   scanAndFax(office, "+4930123");   // { title: "Contract", ... }; office.faxed has it
 *   scanAndFax(printer, "+4930123");  // does not compile: LaserPrinter is not a Scanner & Fax
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
  get printed(): readonly Doc[] {
    throw new Error("not implemented");
  }

  print(doc: Doc): void {
    void doc;
    throw new Error("not implemented");
  }
}

export class OfficeMachine implements Printer, Scanner, Fax {
  constructor(tray: Doc[] = []) {
    // TODO: keep the tray documents, first in first out.
    void tray;
  }

  get printed(): readonly Doc[] {
    throw new Error("not implemented");
  }

  get faxed(): readonly { to: string; doc: Doc }[] {
    throw new Error("not implemented");
  }

  print(doc: Doc): void {
    void doc;
    throw new Error("not implemented");
  }

  scan(): Doc {
    throw new Error("not implemented");
  }

  sendFax(doc: Doc, to: string): void {
    void doc;
    void to;
    throw new Error("not implemented");
  }
}

export function isPrinter(device: object): device is Printer {
  void device;
  throw new Error("not implemented");
}

export function isScanner(device: object): device is Scanner {
  void device;
  throw new Error("not implemented");
}

export function isFax(device: object): device is Fax {
  void device;
  throw new Error("not implemented");
}

export function printAll(printer: Printer, docs: Doc[]): number {
  void printer;
  void docs;
  throw new Error("not implemented");
}

export function photocopy(scanner: Scanner, printer: Printer): Doc {
  void scanner;
  void printer;
  throw new Error("not implemented");
}

export function scanAndFax(device: Scanner & Fax, to: string): Doc {
  void device;
  void to;
  throw new Error("not implemented");
}
