"""A small library for UI tests: the seed documents plus bilingual, audio and minority-script materials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.demo import import_seed_documents
from desktop.core.materials import MaterialFileIn
from desktop.core.workspace import Workspace

from .media_files import MP3, make_pdf, make_png, make_wav

# Titles with minority letters: Bru/Ê Đê Latin with a combining breve, Khmer, Tai Viet, Cham.
BREVE_TITLE = "Sổ tay nuôi gà thả đồi — Bru: Ĕ ŏ ơ̆"
KHMER_TITLE = "ខិត្តប័ណ្ណ សុខភាព — Tờ rơi y tế tiếng Khmer"
TAI_TITLE = "ꪼꪕꪒꪾ ꪹꪀꪖ — Bản tin nông nghiệp tiếng Thái"
CHAM_TITLE = "ꨌꩌ — Áp phích bầu cử tiếng Chăm"


@dataclass
class Library:
    seeds: list[str]
    bilingual: str
    audio: str
    poster: str
    cham: str


def fill(ws: Workspace, folder: Path) -> Library:
    """Add the materials; returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = import_seed_documents(ws)
    m = ws.materials
    bilingual = m.add([MaterialFileIn(make_pdf(folder / "so-tay.vie.pdf", 2, "Sổ tay nuôi gà"), "vie"),
                       MaterialFileIn(make_pdf(folder / "so-tay.bru.pdf", 2, "Ĕ ŏ ơ̆ Bru"), "bru"),
                       MaterialFileIn(make_wav(folder / "so-tay-doc.wav", 2.0), "vie", "narration")],
                      title=BREVE_TITLE, kind="handbook", topics=["agriculture"]).id
    audio = m.add([MaterialFileIn(MP3, "blt")], title=TAI_TITLE, kind="audio",
                  topics=["agriculture"], audiences=["villager"]).id
    poster = m.add([MaterialFileIn(make_png(folder / "poster.png", 600, 800, "#b32d45"), "khm")],
                   title=KHMER_TITLE, kind="poster", topics=["health"]).id
    cham = m.add([MaterialFileIn(make_pdf(folder / "cham.pdf", 1, "Bầu cử"), "cjm")],
                 title=CHAM_TITLE, kind="poster", topics=["legal"]).id
    return Library(seeds, bilingual, audio, poster, cham)
