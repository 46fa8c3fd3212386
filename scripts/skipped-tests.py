#!/usr/bin/env python3
"""Prints each skipped test and its reason, one line each, from the TRX files under a folder."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
skipped = []
for path in sorted(glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") == "NotExecuted":
            reason = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip()
            skipped.append(f"skipped: {result.get('testName')} -- {reason or 'no reason given'}")
print(f"{len(skipped)} tests skipped" + (":" if skipped else ""))
for line in skipped:
    print("  " + line)
