"""Build the offline world outline the web UI's map draws: `resources/world/countries-110m.json`.

Source: the npm package `world-atlas` 2.0.2 (ISC licence), whose `countries-110m.json` is
Natural Earth's 1:110m admin-0 countries (public domain) as TopoJSON. This script fetches the
package tarball with `npm pack` (or reads one given with --tarball), decodes the TopoJSON arcs
and writes each country as a list of rings of [lon, lat] rounded to 0.1 degree, which is as fine
as a 1:110m outline is anyway.

    .venv/bin/python train/build_world_outline.py [--tarball world-atlas-2.0.2.tgz]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
OUT = Path(__file__).resolve().parents[1] / "src/factline/resources/world/countries-110m.json"
DECIMALS = 1

Ring = list[list[float]]


def fetch_tarball(folder: Path) -> Path:
    """The world-atlas tarball, packed by npm from the registry into `folder`."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True)
    return next(folder.glob("world-atlas-*.tgz"))


def read_topology(tarball: Path) -> dict[str, Any]:
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{tarball} has no {MEMBER}")
        topology: dict[str, Any] = json.load(member)
    return topology


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Arcs as absolute [lon, lat] points (TopoJSON stores quantized deltas)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * scale_x + shift_x, y * scale_y + shift_y])
        arcs.append(points)
    return arcs


def ring_of(indices: list[int], arcs: list[Ring]) -> Ring:
    """One closed ring from arc indices; a negative index ~i is arc i reversed."""
    ring: Ring = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def rounded(ring: Ring) -> Ring:
    """The ring rounded, with repeated points dropped."""
    out: Ring = []
    for lon, lat in ring:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def countries(topology: dict[str, Any]) -> list[dict[str, Any]]:
    arcs = decode_arcs(topology)
    result = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [rounded(ring_of(ring, arcs)) for polygon in polygons for ring in polygon]
        result.append(
            {
                "name": geometry["properties"]["name"],
                "rings": [ring for ring in rings if len(ring) >= 4],
            }
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="a world-atlas .tgz already at hand")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tarball = args.tarball or fetch_tarball(Path(folder))
        topology = read_topology(tarball)
    outline = {
        "source": "Natural Earth 1:110m countries (public domain), via npm world-atlas 2.0.2",
        "countries": countries(topology),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1000:.0f} kB)")


if __name__ == "__main__":
    main()
