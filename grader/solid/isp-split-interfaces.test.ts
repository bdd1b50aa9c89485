import { describe, expect, expectTypeOf, it } from "vitest";
import {
  LaserPrinter,
  OfficeMachine,
  isFax,
  isPrinter,
  isScanner,
  photocopy,
  printAll,
  scanAndFax,
  type Doc,
  type Fax,
  type Printer,
  type Scanner,
} from "../../exercises/solid/isp-split-interfaces.ts";

const doc = (title: string, pageCount = 1): Doc => ({
  title,
  pages: Array.from({ length: pageCount }, (_, i) => `${title} page ${i + 1}`),
});

describe("devices", () => {
  it("LaserPrinter prints documents and remembers them in order", () => {
    const printer = new LaserPrinter();
    printer.print(doc("Invoice", 2));
    printer.print(doc("Receipt"));
    expect(printer.printed).toEqual([doc("Invoice", 2), doc("Receipt")]);
  });

  it("OfficeMachine plays all three roles: prints, scans its tray first in first out, and faxes", () => {
    const office = new OfficeMachine([doc("Contract"), doc("Annex", 3)]);
    office.print(doc("Memo"));
    expect(office.scan()).toEqual(doc("Contract"));
    office.sendFax(doc("Memo"), "+4930123");
    expect(office.scan()).toEqual(doc("Annex", 3));
    expect(office.printed).toEqual([doc("Memo")]);
    expect(office.faxed).toEqual([{ to: "+4930123", doc: doc("Memo") }]);

    expectTypeOf(office).toExtend<Printer & Scanner & Fax>();
  });

  it("LaserPrinter implements Printer only: no scan or sendFax, not even stubs that throw", () => {
    const printer = new LaserPrinter();
    printer.print(doc("Invoice"));
    expect(printer.printed).toHaveLength(1);
    expect("scan" in printer).toBe(false);
    expect("sendFax" in printer).toBe(false);

    expectTypeOf(printer).toExtend<Printer>();
    expectTypeOf<LaserPrinter>().not.toHaveProperty("scan");
    expectTypeOf<LaserPrinter>().not.toHaveProperty("sendFax");
  });
});

describe("clients depend only on the roles they use", () => {
  it("printAll needs only a Printer: a one-method fake is enough, and it returns the pages printed", () => {
    const titles: string[] = [];
    const fake: Printer = { print: (d) => void titles.push(d.title) };
    expect(printAll(fake, [doc("A", 2), doc("B", 3)])).toBe(5);
    expect(titles).toEqual(["A", "B"]);
    expect(printAll(new LaserPrinter(), [])).toBe(0);

    expectTypeOf(printAll).parameter(0).toEqualTypeOf<Printer>();
  });

  it("photocopy pairs any Scanner with any Printer, even two different devices", () => {
    const scanner: Scanner = { scan: () => doc("Passport", 2) };
    const printer = new LaserPrinter();
    expect(photocopy(scanner, printer)).toEqual(doc("Passport", 2));
    expect(printer.printed).toEqual([doc("Passport", 2)]);

    const office = new OfficeMachine([doc("Lease")]);
    photocopy(office, office);
    expect(office.printed).toEqual([doc("Lease")]);

    expectTypeOf(photocopy).parameters.toEqualTypeOf<[Scanner, Printer]>();
  });

  it("scanAndFax takes one device that both scans and faxes", () => {
    const office = new OfficeMachine([doc("Contract")]);
    expect(scanAndFax(office, "4930123")).toEqual(doc("Contract"));
    expect(office.faxed).toEqual([{ to: "4930123", doc: doc("Contract") }]);

    expectTypeOf(scanAndFax).parameter(0).toEqualTypeOf<Scanner & Fax>();
    expectTypeOf<LaserPrinter>().not.toExtend<Scanner & Fax>();
  });

  it("role guards tell at runtime which roles an object can play", () => {
    const printer = new LaserPrinter();
    const office = new OfficeMachine();
    expect([isPrinter(printer), isScanner(printer), isFax(printer)]).toEqual([true, false, false]);
    expect([isPrinter(office), isScanner(office), isFax(office)]).toEqual([true, true, true]);
    expect([isPrinter({}), isScanner({ scan: "not a function" }), isFax({ sendFax: () => {} })]).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe("errors", () => {
  it("both devices refuse to print a document with no pages, and record nothing", () => {
    const printer = new LaserPrinter();
    const office = new OfficeMachine();
    expect(() => printer.print({ title: "Blank", pages: [] })).toThrow(RangeError);
    expect(() => office.print({ title: "Blank", pages: [] })).toThrow(RangeError);
    expect(printer.printed).toEqual([]);
    expect(office.printed).toEqual([]);
  });

  it("OfficeMachine.scan throws when the tray is empty", () => {
    const office = new OfficeMachine([doc("Only")]);
    office.scan();
    expect(() => office.scan()).toThrow("scanner tray is empty");
    expect(() => new OfficeMachine().scan()).toThrow("scanner tray is empty");
  });

  it("sendFax rejects anything but digits with an optional leading +", () => {
    const office = new OfficeMachine();
    expect(() => office.sendFax(doc("Memo"), "030-123")).toThrow(RangeError);
    expect(() => office.sendFax(doc("Memo"), "")).toThrow(RangeError);
    expect(() => office.sendFax(doc("Memo"), "++49")).toThrow(RangeError);
    expect(office.faxed).toEqual([]);
  });
});
