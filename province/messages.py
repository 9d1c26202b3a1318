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
    # USB bundles (issue 6): each refuses the whole bundle before the database is touched.
    "bundle-no-space": ("Ổ {path} đã đầy; gói chưa được ghi. Hãy giải phóng chỗ hoặc dùng USB khác.",
                        "The drive {path} is full; the bundle was not written. Free some space or use another stick."),
    "bundle-write-failed": ("Không ghi được gói vào {path} ({detail}). Kiểm tra USB rồi thử lại.",
                            "Could not write the bundle to {path} ({detail}). Check the stick and retry."),
    "bundle-not-found": ("Không thấy gói đồng bộ ở {path}.", "No sync bundle at {path}."),
    "bundle-incomplete": ("Gói {path} chưa ghi xong; không nhập. Hãy xuất lại gói.",
                          "The bundle {path} was never finished; not imported. Export it again."),
    "bundle-damaged": ("Gói đồng bộ bị hỏng ({detail}); không nhập gì.",
                       "The sync bundle is damaged ({detail}); nothing was imported."),
    "bundle-part-missing": ("Gói đồng bộ thiếu tệp {name}; không nhập gì.",
                            "The sync bundle lacks its file {name}; nothing was imported."),
    "bundle-part-extra": ("Gói đồng bộ có tệp lạ {name}; không nhập gì.",
                          "The sync bundle holds an unexpected file {name}; nothing was imported."),
    "bundle-part-damaged": ("Tệp {name} của gói bị cắt cụt hoặc bị sửa; không nhập gì.",
                            "The bundle's file {name} is truncated or altered; nothing was imported."),
    "bundle-bad-signature": ("Chữ ký của gói đồng bộ không đúng (gói đã bị sửa); không nhập gì.",
                             "The sync bundle's signature does not match (it was altered); nothing was imported."),
    "bundle-unknown-key": ("Gói (điểm {point}) được ký bằng khóa không phải của điểm đó; không nhập gì.",
                           "The bundle (point {point}) is not signed by that point's key; nothing was imported."),
    "bundle-wrong-point": ("Gói này dành cho điểm {found}, không phải {expected}; không nhập gì.",
                           "This bundle is for point {found}, not {expected}; nothing was imported."),
    "bundle-wrong-kind": ("Gói này không đúng chiều ({found}, cần {expected}); không nhập gì.",
                          "This bundle goes the other way ({found}, expected {expected}); nothing was imported."),
    "bundle-newer-format": ("Gói do phiên bản mới hơn tạo (định dạng {found}, bản này {supported}); không nhập gì.",
                            "The bundle was written by a newer version (format {found}, this one {supported}); "
                            "nothing was imported."),
    "bundle-not-for-us": ("Không giải mã được gói: gói được mã hóa cho máy khác; không nhập gì.",
                          "The bundle cannot be decrypted: it was encrypted for another machine; "
                          "nothing was imported."),
    "bundle-out-of-order": ("Gói đến không đúng thứ tự (tỉnh giữ đến {expected}, gói bắt đầu từ {found}); "
                            "hãy nhập gói trước đó trước.",
                            "The bundle is out of order (the hub holds up to {expected}, it starts at {found}); "
                            "import the earlier bundle first."),
    "bundle-read-failed": ("Không đọc được gói ở {path} ({detail}); không nhập gì.",
                           "Could not read the bundle at {path} ({detail}); nothing was imported."),
    "bundle-media-damaged": ("Một tệp tài liệu trong gói bị hỏng (mã băm {sha}); không nhập gì.",
                             "A media file in the bundle is damaged (hash {sha}); nothing was imported."),
    "bundle-media-changed": ("Tệp tài liệu {sha} trong kho của tỉnh bị hỏng; chưa ghi gói.",
                             "The hub's stored media file {sha} is damaged; the bundle was not written."),
    "usb-stick-missing": ("Không thấy USB hoặc thư mục {path}.", "The stick or folder {path} is not there."),
    "usb-no-bundles": ("Không có gói nào của điểm trên {path}.", "There are no points' bundles on {path}."),
    "usb-no-points": ("Không có điểm nào để ghi gói trả lời (cần --point hoặc một điểm đã gửi gói).",
                      "No point to write a reply for (give --point, or import a point's bundle first)."),
    "bundle-point-revoked": ("Điểm {point} đã bị thu hồi khóa; không nhập gì.",
                             "Point {point}'s key was revoked; nothing was imported."),
    "bundle-no-point-key": ("Chưa nhận gói nào từ điểm {point}, nên chưa có khóa để mã hóa gói trả lời.",
                            "No bundle from point {point} yet, so there is no key to encrypt the reply to."),
    # Province staff and the dashboard (issue 7).
    "staff-username-invalid": ("Tên đăng nhập \"{username}\" không hợp lệ: 2–32 chữ không dấu, số, . _ hoặc -.",
                               "User name \"{username}\" is not valid: 2-32 letters, digits, . _ or -."),
    "staff-role-invalid": ("Vai trò \"{role}\" không hợp lệ (staff hoặc admin).",
                           "Role \"{role}\" is not valid (staff or admin)."),
    "staff-password-short": ("Mật khẩu phải có ít nhất {min} ký tự.", "The password needs at least {min} characters."),
    "staff-username-taken": ("Đã có tài khoản \"{username}\".", "There is already an account \"{username}\"."),
    "staff-not-found": ("Không có tài khoản \"{username}\".", "There is no account \"{username}\"."),
    "password-missing": ("Hãy nhập mật khẩu (một dòng trên đầu vào chuẩn).",
                         "Give the password (one line on standard input)."),
    "password-mismatch": ("Hai lần nhập mật khẩu không khớp.", "The two passwords differ."),
    "login-failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
    "account-locked": ("Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {minutes} phút.",
                       "The account is locked after repeated failures; try again in {minutes} minutes."),
    "csrf-failed": ("Biểu mẫu đã hết hạn hoặc không đến từ trang này; hãy tải lại trang rồi thử lại.",
                    "The form expired or did not come from this site; reload the page and try again."),
    "upload-too-large": ("Tệp tải lên quá lớn (tối đa {limit}).", "The upload is too large (at most {limit})."),
    "upload-missing": ("Hãy chọn ít nhất một tệp.", "Choose at least one file."),
    "upload-bad-name": ("Tên tệp \"{name}\" không dùng được.", "The file name \"{name}\" cannot be used."),
    "bundle-upload-not-bundle": ("Tệp tải lên không phải gói đồng bộ: chọn tệp .zip của thư mục gói, hoặc mọi tệp "
                                 "trong thư mục gói (manifest.json, manifest.sig, records-*.bin).",
                                 "The upload is not a sync bundle: choose the bundle folder's .zip, or every file "
                                 "in the bundle folder (manifest.json, manifest.sig, records-*.bin)."),
    "answer-missing": ("Hãy nhập nội dung trả lời.", "Write the answer."),
    "answer-too-long": ("Câu trả lời dài quá {max} ký tự.", "The answer is longer than {max} characters."),
    "opinion-not-found": ("Không thấy ý kiến này của điểm {point}.", "No such opinion from point {point}."),
    # Reports (issue 7).
    "period-invalid": ("Kỳ báo cáo \"{value}\" không hợp lệ: dùng 2026, 2026-H1, 2026-H2, 2026-Q3 "
                       "hoặc 2026-01-01..2026-06-30.",
                       "The period \"{value}\" is not valid: use 2026, 2026-H1, 2026-H2, 2026-Q3 "
                       "or 2026-01-01..2026-06-30."),
    "period-reversed": ("Kỳ báo cáo \"{value}\": ngày kết thúc đứng trước ngày bắt đầu.",
                        "The period \"{value}\" ends before it starts."),
    "bug": ("Lỗi chương trình: {detail}. Xem nhật ký.", "Program error: {detail}. See the log."),
}


def message(error: str, lang: str = "vi", /, **params: Any) -> str:
    vi, en = MESSAGES.get(error, (f"Lỗi: {error}", f"Error: {error}"))
    text = en if lang == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
