"""The dashboard's words, Vietnamese (default) and English: a small catalogue, key -> (vi, en)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..messages import message

LANGS = ("vi", "en")

TEXT: dict[str, tuple[str, str]] = {
    "app": ("Trung tâm tỉnh", "Province hub"),
    "app_long": ("Điểm hỗ trợ CNTT xã: trung tâm tỉnh", "Commune IT support points: province hub"),
    "nav_province": ("Toàn tỉnh", "Province"),
    "nav_opinions": ("Ý kiến", "Opinions"),
    "nav_publish": ("Phát hành tài liệu", "Publish"),
    "nav_bundles": ("Gói USB", "USB bundles"),
    "nav_reports": ("Báo cáo", "Reports"),
    "logout": ("Đăng xuất", "Log out"),
    "login": ("Đăng nhập", "Log in"),
    "login_title": ("Đăng nhập trang quản lý", "Log in to the dashboard"),
    "username": ("Tên đăng nhập", "User name"),
    "password": ("Mật khẩu", "Password"),
    "logged_in_as": ("Đang đăng nhập: {user}", "Logged in as {user}"),
    "logged_out": ("Đã đăng xuất.", "You are logged out."),
    "hub_time": ("Giờ máy chủ tỉnh ({tz})", "Hub time ({tz})"),
    "never": ("chưa bao giờ", "never"),
    "just_now": ("vừa xong", "just now"),
    "minutes_ago": ("{n} phút trước", "{n} min ago"),
    "hours_ago": ("{n} giờ trước", "{n} h ago"),
    "days_ago": ("{n} ngày trước", "{n} days ago"),
    "in_future": ("(giờ ở tương lai)", "(in the future)"),
    # province page
    "province_title": ("Các điểm trong tỉnh", "Points in the province"),
    "points_count": ("{n} điểm", "{n} points"),
    "stale_days": ("Tô đậm điểm chưa đồng bộ quá", "Highlight points not synced for more than"),
    "days": ("ngày", "days"),
    "apply": ("Áp dụng", "Apply"),
    "stale_count": ("{n} điểm chưa đồng bộ quá {days} ngày", "{n} points not synced for more than {days} days"),
    "col_point": ("Điểm", "Point"),
    "col_status": ("Trạng thái", "Status"),
    "col_last_contact": ("Liên lạc gần nhất", "Last contact"),
    "col_transport": ("Kết nối qua", "Transport"),
    "col_pending": ("Đang chờ", "Pending"),
    "col_rows": ("Bản ghi đã nhận", "Rows received"),
    "transport_network": ("Mạng", "Network"),
    "transport_usb": ("USB", "USB"),
    "status_active": ("đang hoạt động", "active"),
    "status_pending": ("chưa đăng ký khóa", "not enrolled"),
    "status_revoked": ("đã thu hồi", "revoked"),
    "stale_badge": ("quá hạn", "overdue"),
    "pending_rows": ("{n} bản ghi của tỉnh chưa tới điểm", "{n} province rows not yet at the point"),
    "pending_reply": ("cần xuất gói trả lời USB", "a USB reply bundle is due"),
    "pending_reply_out": ("gói trả lời đã xuất {when}, chờ điểm nhập", "reply bundle written {when}, not yet "
                                                                          "imported by the point"),
    "pending_opinions": ("{n} ý kiến chưa trả lời", "{n} unanswered opinions"),
    "nothing_pending": ("không", "nothing"),
    "no_points": ("Chưa có điểm nào. Đăng ký điểm bằng lệnh province-hub point add.",
                  "No points yet. Register one with the command province-hub point add."),
    # point page
    "point_title": ("Điểm {code}", "Point {code}"),
    "details": ("Thông tin", "Details"),
    "name": ("Tên", "Name"),
    "code": ("Mã", "Code"),
    "enrolled_at": ("Đăng ký khóa lúc", "Enrolled at"),
    "registered_at": ("Tạo lúc", "Registered at"),
    "own_name": ("Tên điểm tự khai", "Name the point gives itself"),
    "own_address": ("Địa chỉ", "Address"),
    "own_commune": ("Mã xã", "Commune code"),
    "own_materials": ("Tài liệu mới của điểm", "The point's latest materials"),
    "acked_seq": ("Tỉnh đã nhận đến thay đổi", "Acknowledged up to change"),
    "keys": ("Khóa", "Keys"),
    "key_active": ("đang dùng", "active"),
    "key_revoked": ("đã thu hồi {when}", "revoked {when}"),
    "key_created": ("tạo {when}", "created {when}"),
    "key_last_used": ("dùng gần nhất {when}", "last used {when}"),
    "contacts": ("Liên lạc gần đây", "Recent contacts"),
    "contact_network": ("Đồng bộ qua mạng (lần gần nhất)", "Network sync (latest)"),
    "contact_usb-import": ("Nhập gói USB của điểm", "Imported the point's USB bundle"),
    "contact_usb-reply": ("Xuất gói trả lời USB", "Wrote a USB reply bundle"),
    "no_contacts": ("Chưa có liên lạc nào.", "No contact yet."),
    "counts": ("Số bản ghi theo loại", "Records by type"),
    "table": ("Loại", "Type"),
    "count": ("Số lượng", "Count"),
    "deleted_rows": ("Đã xóa ở điểm: {n}", "Deleted at the point: {n}"),
    "point_opinions": ("Ý kiến của điểm", "The point's opinions"),
    "point_not_found": ("Không có điểm {code}.", "No point {code}."),
    # opinions
    "opinions_title": ("Ý kiến từ các điểm", "Opinions from the points"),
    "filter_point": ("Điểm", "Point"),
    "filter_status": ("Trạng thái", "Status"),
    "all": ("Tất cả", "All"),
    "op_unanswered": ("chưa trả lời", "unanswered"),
    "op_answered": ("đã trả lời", "answered"),
    "filter": ("Lọc", "Filter"),
    "no_opinions": ("Không có ý kiến nào.", "No opinions."),
    "topic": ("Chủ đề", "Topic"),
    "village": ("Thôn", "Village"),
    "received": ("Nhận lúc", "Received"),
    "recorded": ("Ghi lúc", "Recorded"),
    "answer": ("Trả lời", "Answer"),
    "answer_by": ("Trả lời bởi {user}, {when}", "Answered by {user}, {when}"),
    "answers_count": ("{n} câu trả lời, điểm thấy câu mới nhất", "{n} answers; the point sees the latest"),
    "answer_send": ("Gửi trả lời", "Send answer"),
    "answer_again": ("Sửa / trả lời lại", "Change / answer again"),
    "answer_flow": ("Câu trả lời đến điểm ở lần đồng bộ mạng tới hoặc trong gói trả lời USB.",
                    "The answer reaches the point with its next network sync or USB reply bundle."),
    "answer_saved": ("Đã lưu câu trả lời cho điểm {point}; sẽ đến điểm ở lần đồng bộ tới.",
                     "Answer saved for point {point}; it reaches the point with its next sync."),
    "voice_only": ("(ý kiến bằng giọng nói)", "(voice message)"),
    "showing_range": ("{first}–{last} / {total}", "{first}-{last} of {total}"),
    "page_prev": ("Trang trước", "Previous"),
    "page_next": ("Trang sau", "Next"),
    "page_of": ("Trang {page} / {pages}", "Page {page} of {pages}"),
    "showing": ("Hiển thị {shown} / {total}", "Showing {shown} of {total}"),
    # publish
    "publish_title": ("Phát hành tài liệu đến mọi điểm", "Publish a material to every point"),
    "publish_help": ("Tài liệu và tệp được gửi đến mọi điểm ở lần đồng bộ tới (mạng hoặc gói USB). "
                     "Mỗi lần tải lên tối đa {limit}.",
                     "The material and its files go to every point with its next sync (network or USB "
                     "bundle). Each upload at most {limit}."),
    "title": ("Tiêu đề", "Title"),
    "files": ("Tệp", "Files"),
    "file_lang": ("Ngôn ngữ của tệp (mã ISO 639-3)", "Language of the files (ISO 639-3)"),
    "kind": ("Loại tài liệu", "Kind"),
    "topics": ("Chủ đề", "Topics"),
    "issuer": ("Cơ quan ban hành", "Issuer"),
    "publish_button": ("Phát hành", "Publish"),
    "published": ("Đã phát hành “{title}” ({n} tệp) đến mọi điểm.", "Published “{title}” ({n} files) to every point."),
    # bundles
    "bundles_title": ("Gói đồng bộ USB", "USB sync bundles"),
    "bundle_upload": ("Nhập gói của một điểm", "Import a point's bundle"),
    "bundle_upload_help": ("Chọn tệp .zip của thư mục gói (COMMUNE-SYNC/<MÃ ĐIỂM>/to-province/out-...) hoặc của "
                           "cả thư mục COMMUNE-SYNC, hoặc chọn mọi tệp trong một thư mục gói. Gói được kiểm tra "
                           "toàn bộ trước khi nhập; nhập lại lần hai không thay đổi gì.",
                           "Choose the .zip of a bundle folder (COMMUNE-SYNC/<POINT>/to-province/out-...) or of the "
                           "whole COMMUNE-SYNC folder, or every file in one bundle folder. The bundle is checked "
                           "whole before anything is applied; importing it twice changes nothing."),
    "bundle_import_button": ("Nhập gói", "Import bundle"),
    "bundle_imported": ("Đã nhập gói của điểm {point}: {records} bản ghi ({applied} mới); tỉnh đã nhận đến "
                        "thay đổi {acked}.",
                        "Imported point {point}'s bundle: {records} records ({applied} new); acknowledged up to "
                        "change {acked}."),
    "bundle_refused": ("Gói bị từ chối, không nhập gì", "Bundle refused, nothing imported"),
    "bundle_reply": ("Tải gói trả lời cho điểm", "Download a point's reply bundle"),
    "bundle_reply_help": ("Tải về một tệp .zip. Giải nén tệp vào thư mục gốc của USB (sẽ có thư mục "
                          "COMMUNE-SYNC/<MÃ ĐIỂM>/from-province/reply-...), rồi ở điểm bấm “Đọc từ USB” "
                          "(trang Đồng bộ qua USB) hoặc chạy lệnh commune-point bundle import.",
                          "Downloads a .zip file. Unzip it at the root of the USB stick (it holds "
                          "COMMUNE-SYNC/<POINT>/from-province/reply-...), then at the point press “Read from USB” "
                          "(Sync by USB stick) or run the command commune-point bundle import."),
    "bundle_reply_button": ("Tải gói trả lời (.zip)", "Download reply bundle (.zip)"),
    "bundle_reply_none": ("Chưa có điểm nào gửi gói USB (gói trả lời cần khóa có trong gói của điểm).",
                          "No point has sent a USB bundle yet (a reply needs the key its bundle carries)."),
    # errors
    "error": ("Lỗi", "Error"),
    "forbidden": ("Không được phép", "Not allowed"),
    "not_found": ("Không tìm thấy trang.", "Page not found."),
    "reports_later": ("Trang báo cáo chưa có trong bản này.", "The report pages are not in this version yet."),
    "back": ("Quay lại", "Back"),
}


def translator(lang: str) -> Callable[..., str]:
    """t("key", n=3) in the page's language; unknown keys show themselves (easy to spot)."""
    index = 1 if lang == "en" else 0

    def t(key: str, /, **params: Any) -> str:
        pair = TEXT.get(key)
        text = pair[index] if pair else key
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError):
            return text

    return t


def error_text(code: str, lang: str, params: dict[str, Any] | None = None) -> str:
    """A hub error code (province/messages.py) as a sentence in the page's language."""
    return message(code, lang, **(params or {}))
