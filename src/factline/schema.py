"""Print the JSON Schema of the record: `python -m factline.schema > schema/record.schema.json`."""

from __future__ import annotations

import json

from factline.record import json_schema

if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2))
