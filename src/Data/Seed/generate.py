#!/usr/bin/env python3
"""Regenerates the compact demo seed (*.tsv) from the source data sets. See README.md."""
import csv, random, re, sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data")
OUT = Path(__file__).resolve().parent
MAVEN = SHARED / "maven-crm-sales-opportunities"
LEADS = SHARED / "x-education-leads"
TENDERS = SHARED / "uk-procurement-ocds-sample"

COUNTRIES = {
    "United States": "US", "Kenya": "KE", "Philipines": "PH", "Philippines": "PH", "Japan": "JP", "Italy": "IT",
    "Norway": "NO", "Korea": "KR", "Jordan": "JO", "Brazil": "BR", "Germany": "DE", "Panama": "PA",
    "Belgium": "BE", "Romania": "RO", "Poland": "PL", "China": "CN", "India": "IN", "United Arab Emirates": "AE",
    "Singapore": "SG", "Saudi Arabia": "SA", "United Kingdom": "GB", "Australia": "AU", "Qatar": "QA",
    "Bahrain": "BH", "Hong Kong": "HK", "Oman": "OM", "France": "FR", "Kuwait": "KW", "Canada": "CA",
    "Nigeria": "NG", "South Africa": "ZA", "Sweden": "SE", "Ghana": "GH", "Netherlands": "NL", "Uganda": "UG",
    "Bangladesh": "BD", "Russia": "RU", "Sri Lanka": "LK", "Tanzania": "TZ", "Malaysia": "MY", "Liberia": "LR",
    "Switzerland": "CH", "Denmark": "DK", "Vietnam": "VN", "Indonesia": "ID",
}


MOJIBAKE = {"\u00e2\u20ac\u00af": " ", "\u00e2\u20ac\u2122": "\u2019", "\u00e2\u20ac\u0153": "\u201c",
            "\u00e2\u20ac\u009d": "\u201d", "\u00e2\u20ac\u201c": "\u2013", "\u00e2\u20ac\u201d": "\u2014", "\u00e2\u20ac\u00a2t": "\u2022 ",
            "\u00e2\u20ac\u00a2": "\u2022"}


def clean(value):
    value = value or ""
    for bad, good in MOJIBAKE.items():
        value = value.replace(bad, good)
    return re.sub(r"[\t\r\n]+", " ", value).strip()


def write(name, source, header, rows):
    with open(OUT / name, "w", encoding="utf-8", newline="\n") as f:
        for line in source:
            f.write(f"# {line}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(clean(str(v)) for v in row) + "\n")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def maven():
    accounts = read(MAVEN / "accounts.csv")
    write("accounts.tsv",
          ["source: maven-crm-sales-opportunities/accounts.csv (Maven Analytics, fictitious; see SOURCE.md)",
           "changes: sector typo 'technolgy' fixed; office_location -> ISO 3166 alpha-2; revenue in USD millions as given"],
          ["name", "industry", "year_established", "revenue_musd", "employees", "country", "subsidiary_of"],
          ([a["account"], a["sector"].replace("technolgy", "technology"), a["year_established"], a["revenue"],
            a["employees"], COUNTRIES[a["office_location"]], a["subsidiary_of"]] for a in accounts))
    teams = read(MAVEN / "sales_teams.csv")
    write("sales_teams.tsv", ["source: maven-crm-sales-opportunities/sales_teams.csv (unchanged)"],
          ["sales_agent", "manager", "regional_office"],
          ([t["sales_agent"], t["manager"], t["regional_office"]] for t in teams))
    prices = {p["product"]: p["sales_price"] for p in read(MAVEN / "products.csv")}
    pipeline = read(MAVEN / "sales_pipeline.csv")
    rows = []
    for p in pipeline:
        product = "GTX Pro" if p["product"] == "GTXPro" else p["product"]
        amount = p["close_value"] if p["deal_stage"] == "Won" else prices[product]
        rows.append([p["opportunity_id"], p["sales_agent"], product, p["account"], p["deal_stage"],
                     p["engage_date"], p["close_date"], amount])
    write("pipeline.tsv",
          ["source: maven-crm-sales-opportunities/sales_pipeline.csv + products.csv (Maven Analytics, fictitious)",
           "changes: product 'GTXPro' -> 'GTX Pro'; amount = close_value when Won, else the product's sales_price",
           "dates are as published (2016-10-20 .. 2017-12-31); the loader shifts them by a fixed offset"],
          ["id", "agent", "product", "account", "stage", "engaged", "closed", "amount"], rows)


def leads():
    rows = read(LEADS / "Leads.csv")
    sample = random.Random(20260930).sample(rows, 1000)
    sample.sort(key=lambda r: int(r["Lead Number"]))

    def opt(v):
        return "" if v in ("Select", "unknown", "Asia/Pacific Region") else v

    write("leads.tsv",
          ["source: x-education-leads/Leads.csv (upGrad 'Lead Scoring Case Study'), 1,000 of 9,240 rows sampled with seed 20260930",
           "changes: columns cut to those below; 'Select' placeholders and unknown countries blanked; country -> ISO alpha-2"],
          ["prospect_id", "lead_number", "origin", "source", "do_not_email", "do_not_call", "converted", "visits",
           "seconds_on_site", "pages_per_visit", "last_activity", "country", "specialization", "occupation", "city",
           "free_copy"],
          ([r["Prospect ID"], r["Lead Number"], r["Lead Origin"], r["Lead Source"], r["Do Not Email"], r["Do Not Call"],
            r["Converted"], r["TotalVisits"], r["Total Time Spent on Website"], r["Page Views Per Visit"],
            r["Last Activity"], COUNTRIES.get(r["Country"], ""), opt(r["Specialization"]),
            r["What is your current occupation"], opt(r["City"]), r["A free copy of Mastering The Interview"]]
           for r in sample))


def weights(criteria):
    price = quality = 0.0
    for item in criteria.split("|"):
        kind, _, weight = item.strip().partition("=")
        weight = weight.strip().rstrip("%")
        try:
            w = float(weight)
        except ValueError:
            continue
        if kind.startswith("price") or kind.startswith("cost"):
            price += w
        elif kind.startswith("quality"):
            quality += w
    if price + quality <= 0:
        return "", ""
    p = round(100 * price / (price + quality))
    return p, 100 - p


def tenders():
    rows = read(TENDERS / "tenders_flat.csv")
    newest = {}
    for r in rows:
        if r["ocid"] not in newest or r["release_date"] >= newest[r["ocid"]]["release_date"]:
            newest[r["ocid"]] = r
    out = []
    for r in sorted(newest.values(), key=lambda r: (r["release_date"], r["ocid"])):
        # the source lost its backslashes: "\r\n" shows as "rn" after sentence ends
        description = re.sub(r"(?<=[.:;!?)\s])(rn)+(?![a-z])", " ", r["description"])
        description = re.sub(r"\s+", " ", description).strip()
        if len(description) > 600:
            description = description[:597].rsplit(" ", 1)[0] + "..."
        price, quality = weights(r["award_criteria"])
        out.append([r["ocid"], r["source_portal"], r["release_date"], r["tag"], r["title"], description,
                    r["buyer_name"], r["buyer_region"] or r["buyer_locality"], r["tender_status"], r["main_cpv"],
                    r["all_cpvs"], r["procurement_method"], r["main_procurement_category"], r["value_amount"],
                    r["value_currency"], r["tender_period_end"], price, quality, r["suitable_sme"]])
    write("tenders.tsv",
          ["source: uk-procurement-ocds-sample/tenders_flat.csv (Contracts Finder, Public Contracts Scotland, Sell2Wales; see SOURCE.md)",
           "changes: de-duplicated on ocid (newest release kept); description cut to 600 chars, literal 'rn' line breaks and mojibake fixed;",
           "price/quality weights (0-100) parsed from award_criteria; dates as published, the loader shifts them"],
          ["ocid", "portal", "release_date", "tag", "title", "description", "buyer_name", "buyer_region", "status",
           "main_cpv", "cpvs", "procurement_method", "category", "value", "currency", "deadline", "price_weight",
           "quality_weight", "sme"], out)


maven()
leads()
tenders()
