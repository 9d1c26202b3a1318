"""Search of materials (tìm kiếm tài liệu): accent-insensitive, prefix as you type, ranked.

The index (schema_search.py) holds folded text; a query is folded the same way, split into
words, and each word becomes a quoted FTS5 string, the last one a prefix, so nothing the
user types is ever parsed as query syntax. Materials whose title holds every word come
first, then the rest; each group is ranked by bm25, title weighted highest.

FTS5's bm25 costs more than matching: per row, and per query a pass over every document
holding each word (for its idf). So each group first reads at most RANK_WINDOW matches,
newest first, in one pass without ranking. When every word is rare (in at most
SELECTIVE_DF materials), bm25 scores that window; when a word is common (a short prefix,
"hướng dẫn" in a big library), titles go shortest first and the rest newest first, since
bm25 would then cost tens of ms at 100k materials and tell little apart. A query matching
more than RANK_WINDOW lists its older matches after the window, newest first: every match
stays reachable with offset, and a keystroke costs a bounded time.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from . import reference, schema_search
from .material_checks import check_audiences, check_kind, check_lang, check_topics
from .store import Store
from .textfold import fold

log = logging.getLogger("point.search")

RANK_WINDOW = 500
SELECTIVE_DF = 1000  # a word in more materials than this is "common" (see Search._ranked)
MAX_WORDS = 12
MAX_QUERY = 300
MAX_LIMIT = 1000
TITLE_BONUS = 1000.0  # title-tier scores sit above any bm25 score of the other tier
BM25 = "bm25(material_fts, 10.0, 4.0, 2.0, 1.0, 0.0)"  # title, description, meta, body, tags
TEXT_COLUMNS = "{title description meta body}"


@dataclass(frozen=True)
class Hit:
    """One search result: enough to draw a row; get the rest with Materials.get(id)."""

    id: str
    title: str
    kind: str
    langs: list[str]
    score: float
    withdrawn: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape: {id, title, kind, langs, score}."""
        data = asdict(self)
        data.pop("withdrawn")
        return data


def _is_word_char(ch: str) -> bool:
    # The FTS tokenizer's token characters: letters, numbers, private use, marks.
    return ch.isalnum() or unicodedata.category(ch)[0] == "M" or unicodedata.category(ch) == "Co"


def query_words(query: str) -> list[str]:
    """The folded words of what the user typed (apostrophes dropped, as in the index)."""
    folded = fold((query or "")[:MAX_QUERY]).replace("'", "")
    return [w for w in folded.split() if any(_is_word_char(ch) for ch in w)][:MAX_WORDS]


def _phrases(query: str, prefix: bool | None = None) -> list[str]:
    words = query_words(query)
    if not words:
        return []
    if prefix is None:
        prefix = not (query or "")[-1:].isspace()
    parts = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix:
        parts[-1] += "*"
    return parts


def match_expression(query: str, prefix: bool | None = None) -> str | None:
    """An FTS5 expression that only ever matches words: each word a quoted string.

    The last word is a prefix (matching as the user types) unless the query ends in a
    space or `prefix` is False. None when the query has no words.
    """
    return " ".join(_phrases(query, prefix)) or None


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _tag_filter(prefix: str, codes: list[str]) -> str | None:
    if not codes:
        return None
    tokens = " OR ".join(f'"{prefix}{code.replace("-", "")}"' for code in codes)
    return f"tags : ({tokens})"


def filter_terms(kind: Any, topic: Any, lang: Any, audience: Any) -> list[str]:
    """The FTS terms of the chosen filters (several values of one filter: any)."""
    kinds = [check_kind(k) for k in _as_list(kind)]
    topics = check_topics(_as_list(topic))
    langs = [check_lang(code) for code in _as_list(lang)]
    audiences = check_audiences(_as_list(audience))
    return [f for f in (
        _tag_filter("zzk", kinds), _tag_filter("zzt", topics), _tag_filter("zzl", langs),
        _tag_filter("zza", audiences),
    ) if f]


def _browse_expression(kind: Any, topic: Any, lang: Any, audience: Any,
                       include_withdrawn: bool) -> str:
    state = 'tags : ("zzcurrent" OR "zzwithdrawn")' if include_withdrawn else 'tags : "zzcurrent"'
    return " AND ".join([*filter_terms(kind, topic, lang, audience), state])


class Search:
    """Searches the live materials of one store. Use on the store's thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- queries -----------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Hit]:
        """Ranked materials matching every word of `query` (several values of one filter: any)."""
        groups = self._groups(query, kind, topic, lang, audience, include_withdrawn)
        if groups is None:
            return []
        limit = max(0, min(int(limit), MAX_LIMIT))
        offset = max(0, int(offset))
        need = offset + limit
        ranked: list[tuple[int, float]] = []
        seen: set[int] = set()
        selective = self._selective(query)
        for bonus, expr, words in groups:
            if len(ranked) >= need:
                break
            for docid, score in self._ranked(expr, words, need + len(seen), seen, selective,
                                             by_title=bonus > 0):
                ranked.append((docid, bonus + score))
                seen.add(docid)
        # Scores never rise down the list (the unranked tail of a huge match set included).
        ceiling = float("inf")
        for i, (docid, score) in enumerate(ranked):
            ceiling = min(ceiling, score)
            ranked[i] = (docid, ceiling)
        return self._hits(ranked[offset:need])

    def count(
        self,
        query: str,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = False,
    ) -> int:
        """How many materials `search` would find with the same arguments."""
        groups = self._groups(query, kind, topic, lang, audience, include_withdrawn)
        if groups is None:
            return 0
        return int(self.store.scalar(
            "SELECT count(*) FROM material_fts WHERE material_fts MATCH ?", [groups[-1][1]]))

    def _selective(self, query: str) -> bool:
        """Whether every word is rare enough (SELECTIVE_DF) for bm25 to be cheap."""
        for phrase in _phrases(query):
            n = self.store.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM material_fts WHERE material_fts MATCH ? "
                "LIMIT ?)", [phrase, SELECTIVE_DF + 1])
            if n > SELECTIVE_DF:
                return False
        return True

    def _groups(self, query: str, kind: Any, topic: Any, lang: Any, audience: Any,
                include_withdrawn: bool) -> list[tuple[float, str, str]] | None:
        """(bonus, expression with filters, words alone) of the title group and of all
        matches, or None for no words."""
        expr = match_expression(query)
        if expr is None:
            return None
        filters = filter_terms(kind, topic, lang, audience)
        # Withdrawn ones are few: excluding a short doclist is cheaper than requiring a long one.
        hidden = "" if include_withdrawn else ' NOT tags : "zzwithdrawn"'

        def where(words: str) -> str:
            return "(" + " AND ".join([words, *filters]) + ")" + hidden

        title, anywhere = f"title : ({expr})", f"{TEXT_COLUMNS} : ({expr})"
        return [(TITLE_BONUS, where(title), title), (0.0, where(anywhere), anywhere)]

    def _ranked(self, expr: str, words: str, need: int, skip: set[int], selective: bool,
                by_title: bool) -> list[tuple[int, float]]:
        """(docid, score) of one group, best first, leaving out `skip`; see RANK_WINDOW.

        The group's newest RANK_WINDOW matches come from one cheap pass (no ranking). For
        rare words, bm25 then scores them: its cost is the words' document counts, which
        are small, and the filters are left out of it (bm25 would count their documents
        too). For common words (any in more than SELECTIVE_DF materials), bm25 would cost
        tens of ms at 100k, so titles go shortest first and the rest newest first.
        """
        rows = [r for r in self.store.query(
            "SELECT rowid, length(title) FROM material_fts WHERE material_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT ?", [expr, max(RANK_WINDOW, need)]) if r[0] not in skip]
        if not rows:
            return []
        if selective:
            # The window is the newest matches: from its oldest row on, every match of the
            # words is in it or filtered out of it, so this scores exactly the window.
            scores = dict(self.store.query(
                f"SELECT rowid, -{BM25} FROM material_fts WHERE material_fts MATCH ? "
                "AND rowid >= ?", [words, rows[-1][0]]))
            ranked = [(r[0], scores.get(r[0], 0.0)) for r in rows]
        elif by_title:
            ranked = [(r[0], 1.0 / (1 + (r[1] or 0))) for r in rows]
        else:
            ranked = [(r[0], 0.0) for r in rows]
        ranked.sort(key=lambda item: (-item[1], -item[0]))
        return ranked[:need]

    def _hits(self, ranked: list[tuple[int, float]]) -> list[Hit]:
        if not ranked:
            return []
        marks = ", ".join("?" for _ in ranked)
        rows = self.store.query(
            "SELECT d.docid, m.id, m.title, m.kind, m.withdrawn, "
            "(SELECT group_concat(DISTINCT f.lang) FROM material_file f "
            " WHERE f.material_id = m.id AND f.deleted = 0) AS langs "
            f"FROM search_doc d JOIN material m ON m.id = d.material_id WHERE d.docid IN ({marks})",
            [docid for docid, _ in ranked],
        )
        by_doc = {r["docid"]: r for r in rows}
        hits = []
        for docid, score in ranked:
            r = by_doc.get(docid)
            if r is None:  # an index row whose material vanished: skip, rebuild() repairs
                continue
            hits.append(Hit(id=r["id"], title=r["title"], kind=r["kind"],
                            langs=sorted(r["langs"].split(",")) if r["langs"] else [],
                            score=round(score, 4), withdrawn=bool(r["withdrawn"])))
        return hits

    # -- browsing by filters alone (the library's filters, the kiosk) -------------------
    def browse(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Hit]:
        """Live materials matching the filters, no words needed, the latest added first.

        The filters are doclist intersections in the index, so a filtered page costs a
        few milliseconds at 100k materials where a scan of the table costs hundreds.
        """
        expr = _browse_expression(kind, topic, lang, audience, include_withdrawn)
        rows = self.store.query(
            "SELECT rowid FROM material_fts WHERE material_fts MATCH ? ORDER BY rowid DESC "
            "LIMIT ? OFFSET ?", [expr, max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))])
        return self._hits([(r[0], 0.0) for r in rows])

    def browse_count(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = False,
    ) -> int:
        """How many materials `browse` lists with the same filters."""
        expr = _browse_expression(kind, topic, lang, audience, include_withdrawn)
        return int(self.store.scalar(
            "SELECT count(*) FROM material_fts WHERE material_fts MATCH ?", [expr]))

    def languages_in_use(self, include_withdrawn: bool = False) -> list[str]:
        """Listed languages that live materials have a version in, in the list's order."""
        state = "" if include_withdrawn else ' AND tags : "zzcurrent"'
        return [item.code for item in reference.load_list("languages") if self.store.scalar(
            "SELECT 1 FROM material_fts WHERE material_fts MATCH ? LIMIT 1",
            [f'tags : "zzl{item.code}"{state}'])]

    def topic_counts(self, *, lang: str | Iterable[str] | None = None,
                     include_withdrawn: bool = False) -> dict[str, int]:
        """How many live materials (in `lang`, if given) each topic has; topics with none left out."""
        counts = {}
        for item in reference.load_list("topics"):
            n = self.browse_count(topic=item.code, lang=lang, include_withdrawn=include_withdrawn)
            if n:
                counts[item.code] = n
        return counts

    # -- upkeep ------------------------------------------------------------------------
    def rebuild(self) -> int:
        """Re-derive the whole index from the tables (after a label change or a repair)."""
        with self.store.atomic():
            conn = self.store.conn
            for statement in schema_search.label_rows():
                conn.execute(statement)
            conn.execute("DELETE FROM material_fts")
            conn.execute("DELETE FROM search_doc")
            for statement in schema_search.refresh("(SELECT id FROM material)").split("; "):
                if statement.strip():
                    conn.execute(statement)
        self.optimize()
        return int(self.store.scalar("SELECT count(*) FROM search_doc"))

    def labels_stale(self) -> bool:
        """Whether the kind/topic/audience names changed since the index was built."""
        have = {tuple(r) for r in self.store.query("SELECT list, code, words FROM search_label")}
        return have != set(schema_search.label_data())

    def optimize(self) -> None:
        """Merge the index's segments into one (after a big import; takes seconds at 100k)."""
        with self.store.atomic():
            self.store.conn.execute("INSERT INTO material_fts (material_fts) VALUES ('optimize')")
