"""Drawings the guide makes itself, as SVG text: no image files to fetch, words in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

LIVER = "#c9847a"
TUMOUR = "#6b2e2a"
ARTERY = "#c0392b"
VEIN = "#2c5aa0"
INK = "#262730"


def artery_svg(labels: Mapping[str, str], alt: str = "") -> str:
    """How treatment through the artery reaches a liver tumour: a liver, a tumour, the hepatic artery
    (thick, solid) feeding the tumour, the portal vein (dashed) feeding the healthy liver, and a
    catheter going up the artery. Line styles differ as well as colours, and every part is named.

    labels: liver, tumour, artery, vein, tube -> the words to print beside each part.
    alt: what it shows, in words, for a page that puts the drawing in itself (the app gives st.image its alt).
    """
    words = {key: escape(labels[key]) for key in ("liver", "tumour", "artery", "vein", "tube")}
    named = f' aria-label="{escape(alt)}"' if alt else ""
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 260" width="360" height="260" role="img"{named}>
  <path d="M40 70 C60 25 190 15 300 40 C345 50 345 95 315 120 C270 160 190 195 120 190 C60 185 25 120 40 70 Z"
        fill="{LIVER}" stroke="{INK}" stroke-width="2"/>
  <circle cx="215" cy="85" r="26" fill="{TUMOUR}" stroke="{INK}" stroke-width="2"/>
  <path d="M120 250 C125 210 150 170 195 105" fill="none" stroke="{ARTERY}" stroke-width="7"/>
  <path d="M60 250 C70 215 95 170 110 130" fill="none" stroke="{VEIN}" stroke-width="9" stroke-dasharray="10 6"/>
  <path d="M124 250 C129 212 153 172 190 112" fill="none" stroke="{INK}" stroke-width="2.5"/>
  <circle cx="190" cy="112" r="4" fill="{INK}"/>
  <text x="70" y="60" font-family="sans-serif" font-size="15" fill="{INK}">{words["liver"]}</text>
  <text x="250" y="90" font-family="sans-serif" font-size="15" font-weight="bold" fill="{INK}">{words["tumour"]}</text>
  <text x="160" y="235" font-family="sans-serif" font-size="14" fill="{ARTERY}">{words["artery"]}</text>
  <text x="160" y="252" font-family="sans-serif" font-size="13" fill="{INK}">{words["tube"]}</text>
  <text x="6" y="215" font-family="sans-serif" font-size="14" fill="{VEIN}">{words["vein"]}</text>
</svg>"""
