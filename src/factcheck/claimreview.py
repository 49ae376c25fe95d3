"""schema.org ClaimReview JSON-LD, the format fact-checkers publish in.

One `ClaimReview` per checked claim (for `scan`, per checked figure, with its
sentence as the claim), shaped as Google's fact-check markup documents it:
`claimReviewed`, `reviewRating` (a `Rating` with `alternateName`, the verdict
in words, and a numeric value on a 1-4 scale), `itemReviewed` (a `Claim`),
`author` (the publishing organisation), `datePublished`, `url`, and the
supporting and conflicting passages' documents as `citation`s.

Nothing is invented. A URL or date appears only when it is known: the
review's page (`--review-url`), where the claim appeared (`--claim-url`,
`--claim-date`, or for `scan` a draft's own front matter: `url`,
`canonical_url` or `permalink`, and `date`), a source's URL and date from the corpus (its "unknown" is
left out, not guessed). `datePublished` is the day the review is made (UTC)
unless `--review-date` gives the publication day.

The numeric rating follows the checker's own order of severity, best 4 to
worst 1: supported 4, unverified 3, mixed 2, conflicting 1.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TextIO

from .checking import CheckResult, Relation
from .verdicts import Verdict

if TYPE_CHECKING:
    from .scanning import Finding

__all__ = ["RATING_NAME", "RATING_VALUE", "ClaimReviewRenderer", "ReviewMeta", "claim_review"]

BEST, WORST = 4, 1
RATING_VALUE = {v: BEST - v.severity for v in Verdict}
RATING_NAME = {
    Verdict.SUPPORTED: "Supported by the source documents",
    Verdict.UNVERIFIED: "Unverified: the source documents do not cover it",
    Verdict.MIXED: "Mixed: the source documents give this and another figure",
    Verdict.CONFLICTING: "Conflicts with the source documents",
}


@dataclass(frozen=True)
class ReviewMeta:
    """What the newsroom knows about the review and the claim; None is unknown."""

    publisher: str | None = None
    publisher_url: str | None = None
    review_url: str | None = None
    review_date: str | None = None  # YYYY-MM-DD; None: today (UTC)
    claim_url: str | None = None
    claim_date: str | None = None

    def missing(self) -> list[str]:
        """What Google's fact-check markup needs that we were not given."""
        out = []
        if self.review_url is None:
            out.append("--review-url (the page publishing the review; Google requires `url`)")
        if self.publisher is None:
            out.append("--publisher (the organisation reviewing; `author`)")
        return out


def _known(value: str | None) -> str | None:
    return None if value is None or value.strip() in ("", "unknown") else value


def _citation(evidence) -> dict:
    source = evidence.source
    work: dict[str, object] = {"@type": "CreativeWork", "name": source.label}
    if _known(source.url):
        work["url"] = source.url
    if _known(source.date):
        work["datePublished"] = source.date
    if _known(source.publisher):
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    work["text"] = evidence.claim.passage
    work["description"] = f"{'supports' if evidence.relation == Relation.SUPPORTS else 'conflicts with'} the claim: {evidence.claim.figure} for {evidence.claim.subject}"
    return work


def claim_review(result: CheckResult, meta: ReviewMeta, today: _dt.date | None = None) -> dict:
    """One ClaimReview for one checked claim."""
    claim: dict[str, object] = {"@type": "Claim"}
    if meta.claim_url:
        claim["appearance"] = [{"@type": "CreativeWork", "url": meta.claim_url}]
    if meta.claim_date:
        claim["datePublished"] = meta.claim_date
        first: dict[str, object] = {"@type": "CreativeWork", "datePublished": meta.claim_date}
        if meta.claim_url:
            first["url"] = meta.claim_url
        claim["firstAppearance"] = first
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": " ".join(result.claim.split()),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUE[result.verdict],
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": RATING_NAME[result.verdict],
            "ratingExplanation": result.reason,
        },
        "itemReviewed": claim,
        "datePublished": meta.review_date or (today or _dt.datetime.now(_dt.UTC).date()).isoformat(),
    }
    if meta.review_url:
        review["url"] = meta.review_url
    if meta.publisher:
        author: dict[str, object] = {"@type": "Organization", "name": meta.publisher}
        if meta.publisher_url:
            author["url"] = meta.publisher_url
        review["author"] = author
    seen: set[str] = set()
    citations = []
    for e in result.evidence:
        if e.relation == Relation.RELATED or e.claim.id in seen:
            continue
        seen.add(e.claim.id)
        citations.append(_citation(e))
    if citations:
        review["citation"] = citations
    return review


# A front matter longer than this is not a page's metadata; it is not read.
MAX_FRONT_MATTER = 64 * 1024
_URL_KEYS = ("url", "canonical_url", "canonical", "permalink")


def draft_metadata(text: str) -> tuple[str | None, str | None]:
    """(URL, date) a Markdown draft's YAML front matter gives for itself, when
    it gives them as an absolute http(s) URL and an ISO date; else None."""
    from .yamlsafe import YamlError, load_yaml

    lines = text[:MAX_FRONT_MATTER].split("\n")
    if not lines or lines[0].strip() != "---":
        return None, None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return None, None
    try:
        data = load_yaml("\n".join(lines[1:end])).data
    except (YamlError, ValueError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    url = next((v for k in _URL_KEYS if isinstance(v := data.get(k), str) and v.startswith(("https://", "http://")) and " " not in v), None)
    raw_date = data.get("date")
    date = None
    if isinstance(raw_date, (_dt.date, _dt.datetime)):
        date = (raw_date.date() if isinstance(raw_date, _dt.datetime) else raw_date).isoformat()
    elif isinstance(raw_date, str):
        try:
            date = _dt.date.fromisoformat(raw_date.strip()[:10]).isoformat()
        except ValueError:
            date = None
    return url, date


class ClaimReviewRenderer:
    """A JSON array of ClaimReview objects, written as results arrive; for
    `check` (result) and `scan` (findings)."""

    def __init__(self, out: TextIO, meta: ReviewMeta):
        self.out = out
        self.meta = meta
        self.current = meta  # with the draft's own URL and date, for scan
        self.first = True

    def start(self) -> None:
        self.out.write("[")

    def draft(self, path: str, text: str) -> None:
        """A draft's front matter says where and when its claims appear,
        unless --claim-url/--claim-date said so."""
        url, date = draft_metadata(text)
        self.current = replace(self.meta, claim_url=self.meta.claim_url or url, claim_date=self.meta.claim_date or date)

    def result(self, result: CheckResult) -> None:
        body = json.dumps(claim_review(result, self.current), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(("\n  " if self.first else ",\n  ") + body)
        self.first = False

    def findings(self, findings: list[Finding]) -> None:
        for f in findings:
            self.result(f.result())
        self.out.flush()

    def finish(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()
