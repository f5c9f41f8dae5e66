import { createExcelDouble, type ExcelDoubleError } from "../../tools/excel-double";

/** Worksheet.pageLayout (ExcelApi 1.9): model/pageLayout.ts. */
function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("S", [["Title"], ["x"]]);
  return double;
}

async function failure(run: () => Promise<unknown>): Promise<ExcelDoubleError> {
  try {
    await run();
  } catch (e) {
    return e as ExcelDoubleError;
  }
  throw new Error("expected the sync to fail");
}

describe("Worksheet.pageLayout", () => {
  it("starts as Excel's: portrait, 100%, Normal margins (points), not centred, no title rows", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.load();
      const titles = layout.getPrintTitleRowsOrNullObject();
      await context.sync();
      expect(layout.toJSON()).toEqual({
        orientation: "Portrait",
        zoom: { scale: 100 },
        centerHorizontally: false,
        centerVertically: false,
        leftMargin: 50.4,
        rightMargin: 50.4,
        topMargin: 54,
        bottomMargin: 54,
        headerMargin: 21.6,
        footerMargin: 21.6,
      });
      expect(titles.isNullObject).toBe(true);
    });
  });

  it("keeps what the add-in's summary sets: landscape, one page wide and as many tall as it takes", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.centerHorizontally = true;
      sheet.load("pageLayout/orientation, pageLayout/zoom");
      await context.sync();
      expect(sheet.pageLayout.orientation).toBe("Landscape");
      expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    const layout = workbook.getSheet("S").pageLayout;
    expect(layout).toMatchObject({ orientation: "Landscape", fitToPages: { wide: 1, tall: 0 }, centerHorizontally: true });
  });

  it("zoom: a scale of 10 to 400 or pages to fit; a side not given keeps its value; a scale after fitting stops it", async () => {
    const { Excel, workbook } = setup();
    const layout = workbook.getSheet("S").pageLayout;
    await Excel.run(async (context) => {
      const pageLayout = context.workbook.worksheets.getItem("S").pageLayout;
      pageLayout.zoom = { verticalFitToPages: 2 };
      await context.sync();
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 2 });
      pageLayout.zoom = { horizontalFitToPages: 3 };
      await context.sync();
      expect(layout.zoom).toEqual({ horizontalFitToPages: 3, verticalFitToPages: 2 });
      pageLayout.zoom = { scale: 75 };
      await context.sync();
      expect(layout.zoom).toEqual({ scale: 75 });
    });
    for (const zoom of [{ scale: 9 }, { scale: 401 }, { horizontalFitToPages: -1 }, { verticalFitToPages: 1.5 }, { zoom: 2 }, 80]) {
      const error = await failure(() =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("S").pageLayout.zoom = zoom as never;
          await context.sync();
        })
      );
      expect({ zoom, code: error.code, at: error.debugInfo.errorLocation }).toEqual({ zoom, code: "InvalidArgument", at: "PageLayout.zoom" });
    }
    expect(layout.zoom).toEqual({ scale: 75 });
  });

  it("refuses an orientation other than Portrait or Landscape and a margin below 0", async () => {
    const { Excel } = setup();
    for (const set of [
      (l: { orientation: string }) => (l.orientation = "Sideways"),
      (l: { leftMargin: number }) => (l.leftMargin = -1),
      (l: { centerVertically: unknown }) => (l.centerVertically = "yes"),
    ]) {
      const error = await failure(() =>
        Excel.run(async (context) => {
          set(context.workbook.worksheets.getItem("S").pageLayout as never);
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("margins in points, or through setPrintMargins in inches or centimetres (those not given stay)", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const pageLayout = context.workbook.worksheets.getItem("S").pageLayout;
      pageLayout.topMargin = 36;
      pageLayout.setPrintMargins("Inches", { left: 0.25, right: 0.25 });
      pageLayout.setPrintMargins("Centimeters", { bottom: 2.54 });
      await context.sync();
    });
    expect(workbook.getSheet("S").pageLayout.margins).toEqual({ left: 18, right: 18, top: 36, bottom: 72, header: 21.6, footer: 21.6 });
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").pageLayout.setPrintMargins("Furlongs", { left: 1 });
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("print title rows: whole rows by address or Range, read back as a Range; part of a row is refused", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      const rows = sheet.pageLayout.getPrintTitleRows();
      rows.load("address");
      await context.sync();
      expect(rows.address).toBe("S!1:2");
      sheet.pageLayout.setPrintTitleRows(sheet.getRange("A1").getEntireRow());
      await context.sync();
    });
    expect(workbook.getSheet("S").pageLayout.printTitleRows).toEqual({ row: 0, rowCount: 1 });
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").pageLayout.setPrintTitleRows("A1:C1");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    const none = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Fresh").pageLayout.getPrintTitleRows();
        await context.sync();
      })
    );
    expect(none.code).toBe("ItemNotFound");
  });
});
