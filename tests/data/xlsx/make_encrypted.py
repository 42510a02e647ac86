"""Makes encrypted.xlsx, the password-protected workbook of tests/xlsx.rs.

A workbook saved with a password is an OLE compound file holding an `EncryptedPackage`
stream, not a zip archive; no Rust crate writes one, so it is made once here and
committed. Run: python3 -m pip install openpyxl msoffcrypto-tool; python3 make_encrypted.py
(password: progress).
"""
import io

import msoffcrypto.format.ooxml as ooxml
import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Sheet1"
sheet.append(["id", "value", "as_of"])
sheet.append(["t", 5, "2020-12-31"])
plain = io.BytesIO()
book.save(plain)
plain.seek(0)

file = ooxml.OOXMLFile(plain)
with open("encrypted.xlsx", "wb") as out:
    file.encrypt("progress", out)
