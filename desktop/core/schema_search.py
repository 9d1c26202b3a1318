"""The full-text index of materials, as created by migration m002 (frozen: never edit).

Changing a statement here would change a shipped migration; put new work in a new one.

Layout (all local and derived, never synced):
- `material_text(media_hash, body)`: text extracted from a media file (text, HTML, PDF),
  keyed by content hash because it depends only on the bytes; recomputable from media.
- `search_label(list, code, words)`: kind, topic and audience names (vi + en, folded), so
  that "nông nghiệp" finds materials filed under the agriculture topic.
- `search_doc(docid, material_id)`: a stable integer key per material (a rowid that is not
  an INTEGER PRIMARY KEY may change on VACUUM; this one never does).
- `material_fts`: FTS5, one row per indexable material (not tombstoned, at least one live
  file), over folded text (textfold.fold, apostrophes removed so H'Mông, H’Mông and
  Hmông meet): title, description, meta (issuer and label names), body, and `tags`: one
  filter token per kind, topic, audience, language and withdrawn state (zzk..., zzt...,
  zza..., zzl..., zzwithdrawn/zzcurrent), so filters are doclist intersections inside
  FTS5 rather than row-by-row joins. The tokenizer keeps combining marks inside words, so
  Khmer, Cham and Tai Viet words stay whole (Latin marks are gone after folding).

Triggers on material, material_file and material_text keep the index in step, so every
write path (repositories, bulk inserts, sync upserts, raw SQL) indexes. A trigger
re-derives the whole FTS row of the affected material(s): UPDATE where the row exists,
INSERT where it does not (never DELETE then INSERT: inside a long transaction that costs
an FTS5 flush per row; measured bulk inserts several times slower). A material row is indexed when its first
live file arrives, so the usual bulk order (materials, then files) indexes each row once.
"""

from __future__ import annotations

from . import reference
from .textfold import fold

TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
LABEL_LISTS = {"material_kinds": "kind", "topics": "topic", "participant_groups": "audience"}
# Columns of material whose change alters its index row.
INDEXED_COLUMNS = ("title", "description", "kind", "topics", "audiences", "issuer", "withdrawn",
                   "deleted")


def _folded(expr: str) -> str:
    # fold() is a Python call: skip it for the empty columns most rows have.
    return (f"CASE WHEN {expr} IS NULL OR {expr} = '' THEN '' "
            f"ELSE replace(fold({expr}), '''', '') END")


def _json_list(expr: str) -> str:
    return f"json_each(CASE WHEN json_valid({expr}) THEN {expr} ELSE '[]' END)"


def _labels(list_name: str, codes_expr: str) -> str:
    return (f"SELECT l.words FROM {_json_list(codes_expr)} j "
            f"JOIN search_label l ON l.list = '{list_name}' AND l.code = j.value")


def _tags(prefix: str, codes_expr: str) -> str:
    return (f"coalesce((SELECT group_concat('{prefix}' || replace(j.value, '-', ''), ' ') "
            f"FROM {_json_list(codes_expr)} j), '')")


def row_values(with_docid: bool = True) -> str:
    """The FTS columns (rowid first, unless not wanted) of material `m` joined to search_doc `d`."""
    # search_label.words is stored folded already.
    meta = (
        f"{_folded('m.issuer')} || ' ' || coalesce((SELECT group_concat(words, ' ') FROM ("
        "SELECT words FROM search_label WHERE list = 'kind' AND code = m.kind "
        f"UNION ALL {_labels('topic', 'm.topics')} "
        f"UNION ALL {_labels('audience', 'm.audiences')})), '')"
    )
    body = (
        "(SELECT group_concat(t.body, ' ') FROM material_file f "
        "JOIN material_text t ON t.media_hash = f.media_hash "
        "WHERE f.material_id = m.id AND f.deleted = 0)"
    )
    tags = (
        "'zzk' || replace(m.kind, '-', '') || ' ' || "
        f"{_tags('zzt', 'm.topics')} || ' ' || {_tags('zza', 'm.audiences')} || ' ' || "
        "coalesce((SELECT group_concat(DISTINCT 'zzl' || f.lang) FROM material_file f "
        "WHERE f.material_id = m.id AND f.deleted = 0), '') || ' ' || "
        "CASE WHEN m.withdrawn THEN 'zzwithdrawn' ELSE 'zzcurrent' END"
    )
    return (("d.docid, " if with_docid else "")
            + f"{_folded('m.title')}, {_folded('m.description')}, {meta}, {_folded(body)}, {tags}")


_INDEXABLE = ("m.deleted = 0 AND EXISTS "
              "(SELECT 1 FROM material_file f WHERE f.material_id = m.id AND f.deleted = 0)")


def refresh(ids: str) -> str:
    """Statements that re-derive the FTS rows of the indexable materials `ids` selects.

    `ids` is an SQL expression usable after IN, e.g. "(NEW.id)" or "(SELECT ...)". No
    statement here can meet a conflict: the conflict clause of the statement that fired
    the trigger (a sync's INSERT OR IGNORE, say) would override any OR REPLACE here.
    """
    docids = ("(SELECT d.docid FROM search_doc d JOIN material m ON m.id = d.material_id "
              f"WHERE m.id IN {ids} AND {_INDEXABLE})")
    columns = "title, description, meta, body, tags"
    return (
        "INSERT INTO search_doc (material_id) "
        f"SELECT m.id FROM material m WHERE m.id IN {ids} AND {_INDEXABLE} "
        "AND NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.material_id = m.id); "
        f"UPDATE material_fts SET ({columns}) = (SELECT {row_values(with_docid=False)} "
        "FROM material m JOIN search_doc d ON d.material_id = m.id "
        f"WHERE d.docid = material_fts.rowid) WHERE rowid IN {docids}; "
        f"INSERT INTO material_fts (rowid, {columns}) "
        f"SELECT {row_values()} FROM material m JOIN search_doc d ON d.material_id = m.id "
        f"WHERE m.id IN {ids} AND {_INDEXABLE} "
        "AND NOT EXISTS (SELECT 1 FROM material_fts f WHERE f.rowid = d.docid); "
    )


def _drop(id_expr: str) -> str:
    return ("DELETE FROM material_fts WHERE rowid = "
            f"(SELECT docid FROM search_doc WHERE material_id = {id_expr}); ")


def _has_live_file(id_expr: str) -> str:
    return f"EXISTS (SELECT 1 FROM material_file WHERE material_id = {id_expr} AND deleted = 0)"


def _files_with(hash_expr: str) -> str:
    return f"(SELECT material_id FROM material_file WHERE media_hash = {hash_expr})"


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def statements() -> list[str]:
    """DDL, triggers and backfill of migration m002."""
    material_changed = _changed(INDEXED_COLUMNS)
    file_changed = _changed(("material_id", "media_hash", "lang", "deleted"))
    out = [
        """CREATE TABLE material_text (
            media_hash TEXT PRIMARY KEY, body TEXT NOT NULL,
            truncated INTEGER NOT NULL DEFAULT 0, extracted_at TEXT NOT NULL)""",
        """CREATE TABLE search_label (
            list TEXT NOT NULL, code TEXT NOT NULL, words TEXT NOT NULL,
            PRIMARY KEY (list, code)) WITHOUT ROWID""",
        "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, material_id TEXT NOT NULL UNIQUE)",
        "CREATE VIRTUAL TABLE material_fts USING fts5(title, description, meta, body, tags, "
        f"tokenize = \"{TOKENIZER}\", prefix = '1 2 3')",
        # Browsing the library (newest first, or by title) reads an index range.
        "CREATE INDEX material_live_created ON material(created_at DESC, id) WHERE deleted = 0",
        "CREATE INDEX material_live_title ON material(title, id) WHERE deleted = 0",
        "CREATE INDEX material_file_lang ON material_file(lang, material_id) WHERE deleted = 0",
        # material
        "CREATE TRIGGER material_search_insert AFTER INSERT ON material "
        f"WHEN {_has_live_file('NEW.id')} BEGIN {refresh('(NEW.id)')} END",
        "CREATE TRIGGER material_search_update AFTER UPDATE ON material "
        f"WHEN NEW.deleted = 0 AND ({material_changed}) BEGIN {refresh('(NEW.id)')} END",
        "CREATE TRIGGER material_search_tombstone AFTER UPDATE OF deleted ON material "
        f"WHEN NEW.deleted = 1 AND OLD.deleted = 0 BEGIN {_drop('NEW.id')} END",
        "CREATE TRIGGER material_search_delete AFTER DELETE ON material BEGIN "
        f"{_drop('OLD.id')} DELETE FROM search_doc WHERE material_id = OLD.id; END",
        # material_file: its language is a filter tag, its extracted text the body.
        "CREATE TRIGGER material_file_search_insert AFTER INSERT ON material_file "
        f"WHEN NEW.deleted = 0 BEGIN {refresh('(NEW.material_id)')} END",
        "CREATE TRIGGER material_file_search_update AFTER UPDATE ON material_file "
        f"WHEN {file_changed} BEGIN {refresh('(OLD.material_id, NEW.material_id)')} END",
        "CREATE TRIGGER material_file_search_delete AFTER DELETE ON material_file BEGIN "
        f"{refresh('(OLD.material_id)')} END",
        # Its last live file gone, a material has nothing to show: it leaves the index.
        "CREATE TRIGGER material_file_search_empty AFTER UPDATE ON material_file "
        f"WHEN ({file_changed}) AND NOT {_has_live_file('OLD.material_id')} "
        f"BEGIN {_drop('OLD.material_id')} END",
        "CREATE TRIGGER material_file_search_gone AFTER DELETE ON material_file "
        f"WHEN NOT {_has_live_file('OLD.material_id')} BEGIN {_drop('OLD.material_id')} END",
        # material_text
        "CREATE TRIGGER material_text_search_insert AFTER INSERT ON material_text BEGIN "
        f"{refresh(_files_with('NEW.media_hash'))} END",
        "CREATE TRIGGER material_text_search_update AFTER UPDATE ON material_text BEGIN "
        f"{refresh(_files_with('OLD.media_hash'))} {refresh(_files_with('NEW.media_hash'))} END",
        "CREATE TRIGGER material_text_search_delete AFTER DELETE ON material_text BEGIN "
        f"{refresh(_files_with('OLD.media_hash'))} END",
    ]
    out += label_rows()
    # Materials that existed before this migration.
    out += [s.strip() for s in refresh("(SELECT id FROM material)").split("; ") if s.strip()]
    return out


def label_data() -> list[tuple[str, str, str]]:
    """(list, code, folded words) of every kind, topic and audience name, vi and en."""
    return [
        (short, item.code, fold(f"{item.name_vi} {item.name_en}").replace("'", ""))
        for list_name, short in LABEL_LISTS.items()
        for item in reference.load_list(list_name)
    ]


def label_rows() -> list[str]:
    """Statements that (re)fill search_label from the shipped reference lists."""
    out = ["DELETE FROM search_label"]
    for short, code, words in label_data():
        code = code.replace("'", "''")
        out.append(f"INSERT INTO search_label (list, code, words) VALUES ('{short}', '{code}', '{words}')")
    return out
