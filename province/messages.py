"""Sentences for the hub's error codes, Vietnamese (default) and English."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "point-exists": ("Điểm {code} đã được đăng ký. Dùng `province-hub point code {code}` để cấp mã mới.",
                     "Point {code} is already registered. Use `province-hub point code {code}` for a new code."),
    "point-not-found": ("Không có điểm {code} ở trung tâm tỉnh.", "No point {code} at this hub."),
    "point-code-invalid": ("Mã điểm \"{code}\" không hợp lệ: chữ in hoa không dấu, số, - hoặc _ (2–32 ký tự).",
                           "Point code \"{code}\" is not valid: capital letters, digits, - or _ (2-32)."),
    "point-name-missing": ("Hãy nhập tên điểm (--name).", "Give the point's name (--name)."),
    "file-missing": ("Không thấy tệp {path}.", "File {path} not found."),
    "file-empty": ("Tệp {path} rỗng.", "File {path} is empty."),
    "title-missing": ("Hãy nhập tiêu đề tài liệu (--title).", "Give the material's title (--title)."),
    "lang-invalid": ("Mã ngôn ngữ \"{code}\" không hợp lệ (dùng mã ISO 639-3, ví dụ vie, hnj).",
                     "Language code \"{code}\" is not valid (use ISO 639-3, e.g. vie, hnj)."),
    "lang-count": ("Số --lang ({langs}) phải là 1 hoặc bằng số tệp ({files}).",
                   "Give one --lang or one per file ({langs} for {files} files)."),
    "kind-invalid": ("Loại tài liệu \"{code}\" không hợp lệ.", "Material kind \"{code}\" is not valid."),
    "newer-database": ("Cơ sở dữ liệu do phiên bản mới hơn tạo (lược đồ {found}, bản này {supported}); "
                       "không thay đổi gì. Hãy cập nhật province-hub.",
                       "The database was written by a newer hub (schema {found}, this one {supported}); "
                       "nothing was changed. Update province-hub."),
    "db-unreachable": ("Không kết nối được cơ sở dữ liệu {url}: {detail}",
                       "Cannot reach the database {url}: {detail}"),
    "port-in-use": ("Không mở được cổng {host}:{port}: {detail}. Chọn cổng khác với --port.",
                    "Cannot listen on {host}:{port}: {detail}. Choose another with --port."),
    "bug": ("Lỗi chương trình: {detail}. Xem nhật ký.", "Program error: {detail}. See the log."),
}


def message(error: str, lang: str = "vi", /, **params: Any) -> str:
    vi, en = MESSAGES.get(error, (f"Lỗi: {error}", f"Error: {error}"))
    text = en if lang == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
