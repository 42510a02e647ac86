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
