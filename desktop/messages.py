"""Plain-language sentences for error codes, in Vietnamese (default) and English.

Core raises errors with codes (desktop/core/errors.py); the CLI prints these sentences and
the UI shows them next to the field. Keep both languages complete: a test checks it.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (Vietnamese, English)
    "no-database": (
        "Chưa có dữ liệu điểm hỗ trợ ở {path}. Chạy `commune-point init` hoặc `commune-point demo` trước.",
        "No support-point data in {path}. Run `commune-point init` or `commune-point demo` first.",
    ),
    "already-exists": (
        "Thư mục {path} đã có dữ liệu của một điểm hỗ trợ; không tạo lại để tránh mất dữ liệu.",
        "{path} already holds a support point's data; not creating it again, to avoid data loss.",
    ),
    "newer-version": (
        "Dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ {found}, bản này hỗ trợ {supported}). "
        "Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.",
        "This data was written by a newer version of the app (schema {found}, this one supports "
        "{supported}). Install the latest version; the data was not changed.",
    ),
    "disk-full": (
        "Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu vẫn an toàn.",
        "The disk is full. Free some space and try again; saved data is safe.",
    ),
    "read-only": (
        "Không ghi được vào thư mục dữ liệu (chỉ đọc). Kiểm tra quyền ghi hoặc ổ USB bị khóa.",
        "Cannot write to the data folder (read-only). Check permissions or a locked drive.",
    ),
    "locked": (
        "Dữ liệu đang bận (một chương trình khác đang dùng). Đóng chương trình đó rồi thử lại.",
        "The data is busy (another program is using it). Close that program and try again.",
    ),
    "corrupt": (
        "Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (`commune-point restore`).",
        "The data file is damaged. Restore the latest backup (`commune-point restore`).",
    ),
    "cannot-open": (
        "Không mở được tệp dữ liệu. Kiểm tra đường dẫn và quyền truy cập.",
        "Cannot open the data file. Check the path and permissions.",
    ),
    "wrong-thread": ("Lỗi chương trình (luồng dữ liệu).", "Program error (data thread)."),
    "bug": (
        "Lỗi chương trình: {detail}. Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.",
        "Program error: {detail}. Please send the log file to support.",
    ),
    "point-code-invalid": (
        "Mã điểm \"{code}\" không hợp lệ: dùng chữ in hoa không dấu, số, dấu - hoặc _ (2–32 ký tự).",
        "Point code \"{code}\" is not valid: use capital letters without accents, digits, - or _ (2-32).",
    ),
    "point-name-missing": ("Hãy nhập tên điểm hỗ trợ.", "Enter the support point's name."),
    "province-unknown": (
        "Không có tỉnh/thành phố mã {code} trong danh mục.",
        "No province with code {code} in the list.",
    ),
    "commune-unknown": (
        "Không có xã/phường mã {code} trong danh mục.",
        "No commune with code {code} in the list.",
    ),
    "username-invalid": (
        "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu . - _ (2–32 ký tự).",
        "A username uses letters without accents, digits, . - _ (2-32 characters).",
    ),
    "username-taken": (
        "Tên đăng nhập \"{username}\" đã có.",
        "The username \"{username}\" is already taken.",
    ),
    "role-invalid": (
        "Vai trò \"{role}\" không hợp lệ: chọn admin hoặc operator.",
        "Role \"{role}\" is not valid: choose admin or operator.",
    ),
    "password-short": (
        "Mật khẩu cần ít nhất {min} ký tự.",
        "The password needs at least {min} characters.",
    ),
    "password-missing": (
        "Hãy nhập mật khẩu (một dòng trên đầu vào chuẩn).",
        "Enter the password (one line on standard input).",
    ),
    "login-failed": (
        "Sai tên đăng nhập hoặc mật khẩu.",
        "Wrong username or password.",
    ),
    "account-locked": (
        "Tài khoản tạm khóa do nhập sai nhiều lần. Thử lại sau {minutes} phút.",
        "The account is locked after repeated failures. Try again in {minutes} minutes.",
    ),
    "date-invalid": (
        "Ngày \"{value}\" không hợp lệ: dùng dạng NNNN-TT-NN, ví dụ 2026-06-20.",
        "The date \"{value}\" is not valid: use YYYY-MM-DD, e.g. 2026-06-20.",
    ),
    "not-found": ("Không tìm thấy bản ghi {id}.", "Record {id} was not found."),
    "backup-missing": ("Không thấy tệp sao lưu {path}.", "Backup file {path} not found."),
    "backup-corrupt": (
        "Tệp {path} không phải là bản sao lưu hợp lệ của điểm hỗ trợ; dữ liệu hiện tại không bị thay đổi.",
        "{path} is not a valid support-point backup; the current data was not changed.",
    ),
    "backup-failed": ("Không sao lưu được: {detail}", "The backup failed: {detail}"),
    "media-write-failed": (
        "Không ghi được tệp vào kho tài liệu: {detail}",
        "Could not write the file into the media store: {detail}",
    ),
    "file-missing": ("Không thấy tệp {path}.", "File {path} not found."),
    "check-failed": (
        "Kiểm tra phát hiện vấn đề: {count} lỗi. Xem chi tiết với --json.",
        "The check found {count} problems. See details with --json.",
    ),
    "language-unknown": (
        "Mã ngôn ngữ \"{code}\" không có trong danh mục.",
        "Language code \"{code}\" is not in the list.",
    ),
    "interrupted": ("Đã dừng theo yêu cầu.", "Stopped on request."),
}


def message(code: str, lang: str = "vi", **params: Any) -> str:
    """The sentence for an error code in the given language, with its parameters filled in."""
    vi, en = MESSAGES.get(code, (f"Lỗi: {code}", f"Error: {code}"))
    text = en if lang == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
