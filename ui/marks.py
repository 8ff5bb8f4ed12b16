"""The only scripts the guide writes into a page, and the marks that ask them to act: the page's
language for screen readers, and a watcher that moves focus or the heading when a mark appears.

Every script is one of these constants, the same bytes every time, so the Content-Security-Policy
can allow each by its hash (deploy/serve.py) and no other inline script runs. Nothing from content
or from a reader ever goes into a script.
"""

from __future__ import annotations

import json

import streamlit as st

from liverguide.i18n import HTML_LANG

# Streamlit writes <html lang="en"> whatever the content; screen readers need the real one: one
# constant script per language (HTML_LANG holds only our own codes).
LANG_SCRIPTS = {lang: f"document.documentElement.lang = {json.dumps(code)};" for lang, code in HTML_LANG.items()}

# Marks: a page asks for something to happen once, after a rerun, by drawing a hidden keyed
# container (Streamlit gives it the class st-key-<key>); a new count in the key is a new mark.
# st.html runs a script only when its text changes, so a script per event would need a counter in
# its text, and a script that differs every time cannot be allowed by a hash.
FOCUS_MARK = "lg_mark_focus_"  # focus the chosen answer of the question box it is in, else its first answer
HEADING_MARK = "lg_mark_heading_"  # bring the page's first h2 to the top of the screen, and focus it
TITLE_MARK = "lg_mark_title_"  # focus the page's title where it is (after the button pressed has gone)
# Watches the page (one MutationObserver per page, however often the frame draws the script) and
# acts on each mark when it appears, once its target is drawn (widgets come a little after text);
# a mark still there on the next rerun is not new. No "<" in it: Streamlit's sanitiser (DOMPurify)
# drops a script whose text looks like markup.
WATCH_SCRIPT = """(() => {
  if (window.lgMarks) return;
  const present = (window.lgMarks = new Set());
  const targets = {
    focus: (mark) => {
      const box = mark.closest('[class*="st-key-question_box_"]');
      const el = box && (box.querySelector('input[type=radio]:checked')
        || box.querySelector('input[type=radio], [data-testid=stButton] button'));
      return el && (() => el.focus({preventScroll: true}));
    },
    title: () => {
      const h = document.querySelector('[data-testid=stMain] h1');
      return h && (() => {
        h.setAttribute('tabindex', '-1');
        h.focus({preventScroll: true});
      });
    },
    heading: () => {
      const h = document.querySelector('[data-testid=stMain] h2');
      return h && (() => {
        h.setAttribute('tabindex', '-1');
        h.scrollIntoView({block: 'start'});
        h.focus({preventScroll: true});
      });
    },
  };
  let waiting = [];
  let timer = null;
  const check = () => {
    const now = new Set();
    for (const mark of document.querySelectorAll('[class*="st-key-lg_mark_"]')) {
      const name = [...mark.classList].find((c) => c.startsWith('st-key-lg_mark_'));
      const kind = name.split('_')[2];
      if (!present.has(name) && !now.has(name) && targets[kind]) {
        waiting.push({mark, kind, until: Date.now() + 3000});
      }
      now.add(name);
    }
    present.clear();
    now.forEach((name) => present.add(name));
    waiting = waiting.filter((w) => {
      const act = w.mark.isConnected && targets[w.kind](w.mark);
      if (act) act();
      return !act && w.mark.isConnected && w.until >= Date.now();
    });
    if (waiting.length && !timer) timer = setTimeout(() => { timer = null; check(); }, 50);
  };
  new MutationObserver(check).observe(document.body,
    {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
  check();
})();"""


def page_scripts() -> list[str]:
    """The text of every inline script the guide writes (for the Content-Security-Policy's hashes)."""
    return [*LANG_SCRIPTS.values(), WATCH_SCRIPT]


def mark(prefix: str, count: int) -> None:
    """A mark for WATCH_SCRIPT where it is drawn: FOCUS_MARK, HEADING_MARK or TITLE_MARK, and a count (a new
    count, a new mark). Streamlit does not draw an empty container, so it holds an empty element."""
    with st.container(key=f"{prefix}{int(count)}"):
        st.empty()
