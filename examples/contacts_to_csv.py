"""Pull the media contacts of one or more releases into CSV.

python examples/contacts_to_csv.py [PATH...] > contacts.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pressparse

RELEASES = Path(__file__).with_name("releases")
FIELDS = ("source", "name", "organization", "role", "email", "phone", "phone_e164", "website")


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(RELEASES.iterdir())
    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
    writer.writeheader()
    for path in paths:
        release = pressparse.parse(path)
        for contact in release.contacts:
            row = {field: getattr(contact, field, None) for field in FIELDS[1:]}
            writer.writerow({"source": path.name, **row})


if __name__ == "__main__":
    main()
