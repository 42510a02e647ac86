"""Makes the seeds of the actuals_xlsx fuzz target: small workbooks for the built-in spec,
their parts stored uncompressed so that mutations reach the XML.
Run from fuzz/seeds/actuals_xlsx: python3 -m pip install openpyxl; python3 ../../make_xlsx_seeds.py"""
import datetime
import io
import zipfile

import openpyxl


def save(book, name, selector):
    """The target's input: a selector byte (odd: read the sheet `Data`), then the workbook."""
    packed = io.BytesIO()
    book.save(packed)
    packed.seek(0)
    stored = io.BytesIO()
    with zipfile.ZipFile(packed) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as out:
        for item in src.infolist():
            out.writestr(item.filename, src.read(item.filename))
    with open(name, "wb") as f:
        f.write(bytes([selector]) + stored.getvalue())


book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Data"
sheet.append(["id", "value", "unit", "as_of", "source"])
sheet.append(["smart-factories", 2, None, datetime.date(2020, 12, 31), "report"])
sheet.append(["5g-base-stations", 0.1, None, "2020-12-31", None])
sheet.append(["smart-factories", 1.5, None, datetime.date(2020, 6, 30), None])
sheet.append(["xinen-in-production", True, None, "2020-12-31", None])
book.create_sheet("Notes").append(["note"])
save(book, "history.xlsx", 1)

book = openpyxl.Workbook()
sheet = book.active
sheet.append(["id", "value", "as_of"])
sheet.append(["smart-factories", "=1/0", "2020-12-31"])
sheet["E2"] = "stray"
save(book, "problems.xlsx", 0)

# A table as a statistics office publishes it: a merged title, a year, the header, a units
# row, a text number with separators, a blank row, missing marks, notes below.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Data"
sheet.append(["表1 主要指标 单位：个", None, None, None])
sheet.merge_cells("A1:D1")
sheet.append(["2020年"])
sheet.append(["id", "note", "value", "as_of"])
sheet.append([None, None, "（个）", None])
sheet.append(["5g-base-stations", "5G基站", "6,500.0", "2020-12-31"])
sheet.append([])
sheet.append(["smart-factories", "智能工厂", "..", "2020-12-31"])
sheet.append(["xinen-in-production", None, "—", "2020-12-31"])
sheet.append(["注：初步数。"])
sheet.append(["资料来源：统计公报。"])
save(book, "yearbook.xlsx", 1)

# The long layout of panels (the built-in spec has no panel: its rows are refused, but
# the loader is reached), under a title with notes.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Table 2 (Unit: %)"])
sheet.append(["id", "entity", "value", "as_of"])
sheet.append(["5g-base-stations", None, "1,234,567", "2020-12-31"])
sheet.append(["smart-factories", "d01", "x", "2020-12-31"])
sheet.append(["Source: office."])
save(book, "long.xlsx", 0)
