"""`--format claimreview`: schema.org ClaimReview JSON-LD as Google's fact-check markup documents it."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

from factcheck.claimreview import RATING_VALUE, ReviewMeta, claim_review
from factcheck.verdicts import Verdict

from .conftest import DATA

# The structure Google's fact-check (ClaimReview) markup documents: required
# claimReviewed, reviewRating (a Rating whose alternateName is the verdict in
# words; numeric ratingValue between worstRating and bestRating) and url when
# known; author an Organization with a name; itemReviewed a Claim; dates ISO
# 8601; citations CreativeWorks. Written for these tests, not copied.
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
URL = r"^https?://\S+$"
CREATIVE_WORK = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {
        "@type": {"const": "CreativeWork"},
        "name": {"type": "string", "minLength": 1},
        "url": {"type": "string", "pattern": URL},
        "datePublished": {"type": "string", "pattern": ISO_DATE},
        "publisher": {"type": "object", "required": ["@type", "name"], "properties": {"@type": {"const": "Organization"}}},
        "text": {"type": "string"},
    },
}
CLAIM_REVIEW = {
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "datePublished"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "url": {"type": "string", "pattern": URL},
        "datePublished": {"type": "string", "pattern": ISO_DATE},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
            "properties": {
                "@type": {"const": "Rating"},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 4},
                "bestRating": {"const": 4},
                "worstRating": {"const": 1},
                "alternateName": {"type": "string", "minLength": 1},
            },
        },
        "author": {
            "type": "object",
            "required": ["@type", "name"],
            "properties": {"@type": {"const": "Organization"}, "name": {"type": "string"}, "url": {"type": "string", "pattern": URL}},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type"],
            "properties": {
                "@type": {"const": "Claim"},
                "appearance": {"type": "array", "items": {"type": "object", "required": ["@type", "url"]}},
                "datePublished": {"type": "string", "pattern": ISO_DATE},
                "firstAppearance": {"type": "object", "required": ["@type", "datePublished"]},
            },
        },
        "citation": {"type": "array", "minItems": 1, "items": CREATIVE_WORK},
    },
    "additionalProperties": False,
}
SCHEMA = {"type": "array", "items": CLAIM_REVIEW}

FULL = ("--publisher", "The Invented Gazette", "--publisher-url", "https://gazette.example/", "--review-url",
        "https://gazette.example/checks/1", "--review-date", "2026-11-30", "--claim-url", "https://example.org/speech",
        "--claim-date", "2026-11-02")


def test_check_emits_one_valid_review_per_claim(run):
    r = run("check", "£45m Young Londoners Fund", "£50m Young Londoners Fund", "£3m for the Invented Lantern Programme", "--format", "claimreview", *FULL)
    reviews = json.loads(r.stdout)
    jsonschema.validate(reviews, SCHEMA)
    assert [x["claimReviewed"] for x in reviews] == ["£45m Young Londoners Fund", "£50m Young Londoners Fund", "£3m for the Invented Lantern Programme"]
    verdicts = [x["reviewRating"]["ratingValue"] for x in reviews]
    assert verdicts == [RATING_VALUE[Verdict.SUPPORTED], RATING_VALUE[Verdict.CONFLICTING], RATING_VALUE[Verdict.UNVERIFIED]]
    assert reviews[1]["reviewRating"]["alternateName"] == "Conflicts with the source documents"
    first = reviews[0]
    assert first["author"] == {"@type": "Organization", "name": "The Invented Gazette", "url": "https://gazette.example/"}
    assert first["url"] == "https://gazette.example/checks/1" and first["datePublished"] == "2026-11-30"
    assert first["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": "https://example.org/speech"}]
    assert first["itemReviewed"]["firstAppearance"]["datePublished"] == "2026-11-02"
    # Supporting passages are cited with their document; the unverified claim cites nothing.
    assert {c["text"] for c in first["citation"]} >= {"In February I announced a new £45m Young Londoners Fund."}
    assert "citation" not in reviews[2]
    assert r.stderr == ""


def test_nothing_unknown_is_invented(run):
    r = run("check", "£45m Young Londoners Fund", "--format", "claimreview")
    (review,) = json.loads(r.stdout)
    jsonschema.validate([review], SCHEMA)
    assert "url" not in review and "author" not in review
    assert review["itemReviewed"] == {"@type": "Claim"}  # no appearance, no date
    # Corpus documents with an unknown date or URL are cited without one.
    for citation in review["citation"]:
        assert citation.get("url", "https://") != "unknown" and citation.get("datePublished", "2000-01-01") != "unknown"
    assert review["datePublished"] == dt.datetime.now(dt.UTC).date().isoformat()
    # What Google requires and we were not given is said, not made up.
    assert "warning: claimreview without --review-url" in r.stderr
    assert "warning: claimreview without --publisher" in r.stderr


def test_known_source_dates_are_cited(run):
    (review,) = json.loads(run("check", "£45m Young Londoners Fund", "--format", "claimreview").stdout)
    dated = [c for c in review["citation"] if "datePublished" in c]
    assert dated and all(c["datePublished"] == "2018-07-16" for c in dated)  # the Mayor's letter


def test_scan_reviews_each_figure_with_its_sentence(run):
    draft = DATA / "drafts" / "budget.md"
    reviews = json.loads(run("scan", str(draft), "--format", "claimreview", *FULL).stdout)
    jsonschema.validate(reviews, SCHEMA)
    findings = [json.loads(l) for l in run("scan", str(draft), "--format", "jsonl").stdout.splitlines()]
    assert len(reviews) == len(findings)
    for review, finding in zip(reviews, findings):
        assert review["claimReviewed"] == " ".join(finding["claim"].split())
        assert review["reviewRating"]["ratingValue"] == RATING_VALUE[Verdict(finding["verdict"])]


def test_publisher_from_config(run, tmp_path):
    (tmp_path / "factcheck.toml").write_text('publisher = "The Invented Gazette"\npublisher-url = "https://gazette.example/"\n', encoding="utf-8")
    (review,) = json.loads(run("check", "£45m Young Londoners Fund", "--format", "claimreview", cwd=tmp_path).stdout)
    assert review["author"]["name"] == "The Invented Gazette"
    (review,) = json.loads(run("check", "£45m Young Londoners Fund", "--format", "claimreview", "--publisher", "Desk B", cwd=tmp_path).stdout)
    assert review["author"]["name"] == "Desk B"  # the flag wins


@pytest.mark.parametrize(
    "args, message",
    [
        (("--review-url", "gazette.example/x"), "error: --review-url 'gazette.example/x': expected an http(s) URL"),
        (("--claim-date", "2 Nov 2026"), "error: --claim-date '2 Nov 2026': expected a date as YYYY-MM-DD"),
    ],
)
def test_bad_metadata_is_refused(run, args, message):
    r = run("check", "£45m Young Londoners Fund", "--format", "claimreview", *args)
    assert r.status == 2 and r.stderr.startswith(message)


def test_claim_review_is_a_pure_function(checker):
    result = checker.check("£45m Young Londoners Fund")
    review = claim_review(result, ReviewMeta(), today=dt.date(2026, 1, 2))
    assert review["datePublished"] == "2026-01-02"
    assert review == claim_review(result, ReviewMeta(), today=dt.date(2026, 1, 2))


def test_a_drafts_front_matter_gives_where_and_when_the_claim_appears(run, tmp_path):
    (tmp_path / "piece.md").write_text(
        "---\ntitle: An invented piece\nurl: https://gazette.example/2026/fund\ndate: 2026-11-20\n---\n\nThe Young Londoners Fund is £50m.\n",
        encoding="utf-8",
    )
    (tmp_path / "bare.md").write_text("---\ntitle: No URL here\ndate: soon\n---\n\nThe Young Londoners Fund is £50m.\n", encoding="utf-8")
    reviews = json.loads(run("scan", "piece.md", "bare.md", "--format", "claimreview", cwd=tmp_path).stdout)
    jsonschema.validate(reviews, SCHEMA)
    piece, bare = reviews
    assert piece["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": "https://gazette.example/2026/fund"}]
    assert piece["itemReviewed"]["firstAppearance"] == {"@type": "CreativeWork", "datePublished": "2026-11-20", "url": "https://gazette.example/2026/fund"}
    assert bare["itemReviewed"] == {"@type": "Claim"}  # "soon" is not a date; no URL is made up
    # A flag wins over the front matter.
    (flagged,) = json.loads(run("scan", "piece.md", "--format", "claimreview", "--claim-url", "https://example.org/print", cwd=tmp_path).stdout)
    assert flagged["itemReviewed"]["appearance"][0]["url"] == "https://example.org/print"
