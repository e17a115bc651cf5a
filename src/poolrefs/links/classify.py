"""Pure classification: HTTP statuses and bot-challenge pages to link statuses."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .model import LinkStatus

__all__ = ["behind_bot_protection", "challenge_reason", "status_for_http"]

# Markers of pages that challenge scripts rather than serve content; matched on lower-cased
# text. Each is specific to a challenge product or to challenge wording in a page title.
_BODY_MARKERS: tuple[tuple[str, str], ...] = (
    ("<title>just a moment...</title>", "Cloudflare challenge page (\"Just a moment...\")"),
    ("/cdn-cgi/challenge-platform/", "Cloudflare challenge page"),
    ("_cf_chl_opt", "Cloudflare challenge page"),
    ("cf-browser-verification", "Cloudflare browser check"),
    ("attention required! | cloudflare", "Cloudflare block page"),
    ("g-recaptcha", "reCAPTCHA page"),
    ("www.google.com/recaptcha", "reCAPTCHA page"),
    ("h-captcha", "hCaptcha page"),
    ("hcaptcha.com/1/api.js", "hCaptcha page"),
    ("captcha-delivery.com", "DataDome captcha"),
    ("px-captcha", "PerimeterX captcha"),
    ("/_incapsula_resource", "Imperva/Incapsula challenge"),
    ("awswafintegration", "AWS WAF challenge"),
    ("ddos-guard", "DDoS-Guard check"),
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_WORDS = re.compile(
    r"captcha|robot check|are you a (?:human|robot)|verify you are (?:a )?human"
    r"|access denied|bot verification|just a moment|attention required",
    re.I,
)


def challenge_reason(headers: Mapping[str, str], body: bytes) -> str | None:
    """Why this answer is a bot challenge rather than the page, or ``None``.

    Args:
        headers: response headers with lower-case keys.
        body: the start of the body (a few KiB suffice).
    """
    if headers.get("cf-mitigated", "").strip().lower() == "challenge":
        return "Cloudflare challenge (cf-mitigated: challenge)"
    content_type = headers.get("content-type", "").lower()
    if body and ("html" in content_type or not content_type):
        text = body[:65536].decode("utf-8", errors="replace").lower()
        for marker, reason in _BODY_MARKERS:
            if marker in text:
                return reason
        title = _TITLE.search(text)
        if title and _TITLE_WORDS.search(title.group(1)):
            return f"bot check page (title {title.group(1).strip()[:60]!r})"
    return None


_VENDOR_HEADERS = ("cf-ray", "x-datadome", "x-amzn-waf-action", "x-sucuri-id", "x-iinfo")
_VENDOR_SERVERS = ("cloudflare", "ddos-guard", "akamaighost", "datadome")


def behind_bot_protection(headers: Mapping[str, str]) -> bool:
    """True when headers show a bot-protection service that may serve challenges with 200."""
    server = headers.get("server", "").lower()
    return any(h in headers for h in _VENDOR_HEADERS) or any(v in server for v in _VENDOR_SERVERS)


def status_for_http(code: int) -> tuple[LinkStatus, str]:
    """The link status and message for a final (non-redirect) HTTP status."""
    if 200 <= code < 300:
        return "ok", f"HTTP {code}"
    if code in (401, 403, 407, 451):
        return "blocked", f"HTTP {code}: access refused to scripts (inconclusive, not dead)"
    if code in (404, 410):
        return "broken", f"HTTP {code}: not found" if code == 404 else "HTTP 410: gone"
    if code == 429:
        return "rate-limited", "HTTP 429: still rate-limited after the retries"
    if code == 408:
        return "timeout", "HTTP 408: the server timed out the request"
    if 500 <= code < 600:
        return "server-error", f"HTTP {code}: server error after the retries"
    if code >= 600:  # non-standard answers used against bots (e.g. LinkedIn's 999)
        return "blocked", f"HTTP {code}: non-standard refusal (inconclusive)"
    return "broken", f"HTTP {code}"
