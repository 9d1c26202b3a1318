"""Files through the browser: publish a material to every point; import a point's USB bundle;
download a point's reply bundle (as a .zip of the reply folder)."""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from .. import overview as store
from ..bundles import export_reply, import_bundle
from ..limits import MAX_UPLOAD_BYTES
from ..points import HubError
from ..publish import FileIn, publish_material
from .web import CsrfChecked, PageRoute, StaffUser, choices, hub_of, lang_of, render

router = APIRouter(route_class=PageRoute)
CHUNK = 1024 * 1024
MAX_UNZIPPED = 2 * MAX_UPLOAD_BYTES
LIMIT_TEXT = f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB"
_NUMBERS = re.compile(r"[0-9]+")


def _publish_page(request: Request, status: int = 200, **context: object) -> Response:
    lang = lang_of(request)
    return render(request, "publish.html", status, active="publish", limit=LIMIT_TEXT,
                  kinds=choices("material_kinds", lang) or [("other", "other")], topic_choices=choices("topics", lang),
                  **context)


def _scratch(request: Request, prefix: str) -> Path:
    """A private temp folder in the hub's data folder (same disk as the media store)."""
    base = hub_of(request).config.data_dir / "tmp"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def _safe_name(name: str | None) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name in (".", "..") or len(name.encode()) > 240 or any(ord(c) < 32 for c in name):
        raise HubError("upload-bad-name", name=name)
    return name


def _save(upload: UploadFile, folder: Path) -> Path:
    """Copy an upload to folder/<its name>, refusing it past MAX_UPLOAD_BYTES."""
    target = folder / _safe_name(upload.filename)
    size = 0
    with open(target, "wb") as out:
        while block := upload.file.read(CHUNK):
            size += len(block)
            if size > MAX_UPLOAD_BYTES:
                raise HubError("upload-too-large", limit=LIMIT_TEXT)
            out.write(block)
    return target


def _uploads(files: list[UploadFile] | None) -> list[UploadFile]:
    return [f for f in files or [] if f.filename]


# -- publish -------------------------------------------------------------------------------
@router.get("/publish")
def publish_form(request: Request, who: StaffUser) -> Response:
    return _publish_page(request, form={})


@router.post("/publish")
def publish(request: Request, who: CsrfChecked, title: str = Form(""), lang: str = Form("vie"),
            kind: str = Form("other"), topics: Annotated[list[str] | None, Form()] = None, issuer: str = Form(""),
            files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    topics = [t.strip() for t in topics or [] if t.strip()]
    form = {"title": title, "lang": lang, "kind": kind, "topics": topics, "issuer": issuer}
    chosen = _uploads(files)
    folder = _scratch(request, "publish-")
    try:
        if not chosen:
            raise HubError("upload-missing")
        if not title.strip():
            raise HubError("title-missing")
        paths = [_save(f, folder) for f in chosen]
        result = publish_material(hub_of(request), [FileIn(p, lang or "vie") for p in paths], title,
                                  kind.strip() or "other", topics, issuer.strip() or None)
    except HubError as exc:
        return _publish_page(request, 400, form=form, error=(exc.code, exc.params))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _publish_page(request, form={}, published=result)


# -- USB bundles ---------------------------------------------------------------------------
def _bundles_page(request: Request, status: int = 200, **context: object) -> Response:
    points = store.usb_points(hub_of(request).db)
    return render(request, "bundles.html", status, active="bundles", limit=LIMIT_TEXT, reply_points=points,
                  **context)


@router.get("/bundles")
def bundles_page(request: Request, who: StaffUser) -> Response:
    return _bundles_page(request)


def _unzip(archive: Path, into: Path) -> None:
    """Extract a zip, refusing names that climb out of `into` and bombs past MAX_UNZIPPED."""
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            if sum(m.file_size for m in members) > MAX_UNZIPPED:
                raise HubError("upload-too-large", limit=LIMIT_TEXT)
            root = into.resolve()
            for m in members:
                target = (into / m.filename).resolve()
                if not target.is_relative_to(root):
                    raise HubError("upload-bad-name", name=m.filename)
            zf.extractall(into)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise HubError("bundle-upload-not-bundle") from exc


def _bundle_folders(root: Path) -> list[Path]:
    """Every folder holding a manifest.json (a whole COMMUNE-SYNC folder may be zipped), oldest first."""
    found = [m.parent for m in root.rglob("manifest.json") if m.is_file() and not m.parent.name.startswith(".")]
    return sorted(found, key=lambda p: (str(p.parent), tuple(int(n) for n in _NUMBERS.findall(p.name))))


@router.post("/bundles/upload")
def upload_bundle(request: Request, who: CsrfChecked,
                  files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    hub = hub_of(request)
    chosen = _uploads(files)
    folder = _scratch(request, "bundle-")
    results, refused = [], None
    try:
        if not chosen:
            raise HubError("upload-missing")
        if len(chosen) == 1 and chosen[0].filename.lower().endswith(".zip"):
            archive = _save(chosen[0], folder)
            unpacked = folder / "unzipped"
            unpacked.mkdir()
            _unzip(archive, unpacked)
            bundles = _bundle_folders(unpacked)
        else:  # the files of one bundle folder, chosen together
            one = folder / "bundle"
            one.mkdir()
            for f in chosen:
                _save(f, one)
            bundles = [one] if (one / "manifest.json").is_file() else []
        if not bundles:
            raise HubError("bundle-upload-not-bundle")
        for path in bundles:
            result = import_bundle(hub, path)
            store.log_bundles(hub.db, [result], store.USB_IMPORT)
            results.append(result)
    except HubError as exc:
        refused = (exc.code, exc.params)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _bundles_page(request, 400 if refused else 200, imported=results, refused=refused)


@router.post("/bundles/reply")
def download_reply(request: Request, who: CsrfChecked, point: str = Form("")) -> Response:
    hub = hub_of(request)
    folder = _scratch(request, "reply-")
    try:
        stick = folder / "stick"
        stick.mkdir()
        result = export_reply(hub, point, stick)
        bundle_dir = Path(result["bundle"])
        name = f"{result['point']}-{bundle_dir.name}.zip"
        archive = folder / name
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:  # parts are encrypted: no gain from deflate
            for path in sorted(stick.rglob("*")):
                zf.write(path, path.relative_to(stick).as_posix())
    except HubError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return _bundles_page(request, 400, reply_error=(exc.code, exc.params))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    store.log_bundles(hub.db, [result], store.USB_REPLY)
    return FileResponse(archive, media_type="application/zip", filename=name,
                        background=BackgroundTask(shutil.rmtree, folder, True))


def cleanup_scratch(data_dir: Path) -> None:
    """Remove scratch folders a killed hub left behind (called at start-up)."""
    base = data_dir / "tmp"
    for child in base.iterdir() if base.is_dir() else []:
        if child.is_dir() and child.name.startswith(("publish-", "bundle-", "reply-")):
            shutil.rmtree(child, ignore_errors=True)
