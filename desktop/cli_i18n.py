"""The command line in Vietnamese: --help texts and argparse's own messages (usage errors).

The commands write their help in English (the source language, as in the UI); with
`--lang vi` (the default) the parser is shown in Vietnamese from the table below, and
argparse's built-in sentences ("usage:", "the following arguments are required", ...)
go through its gettext hook. tests/cli/test_lang.py fails when a help text has no
Vietnamese here, so a new option is translated when it is added.
"""

from __future__ import annotations

import argparse
from typing import Any

HELP_VI: dict[str, str] = {
    "Commune IT support point (điểm hỗ trợ ứng dụng CNTT).": "Điểm hỗ trợ ứng dụng CNTT cấp xã.",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "the point's data folder (or env COMMUNE_POINT_DATA)":
        "thư mục dữ liệu của điểm (hoặc biến môi trường COMMUNE_POINT_DATA)",
    "language of messages (default vi)": "ngôn ngữ của thông báo (mặc định vi)",
    "print one JSON document on stdout": "in một tài liệu JSON ra stdout",
    "more detail in the log": "ghi nhật ký chi tiết hơn",
    "open the window straight into an operator session (demo data only)":
        "mở thẳng cửa sổ làm việc của nhân viên (chỉ với dữ liệu mẫu)",
    "create a new point's data folder": "tạo thư mục dữ liệu cho một điểm mới",
    "fill the data folder with the demo data set": "điền dữ liệu mẫu vào thư mục dữ liệu",
    "operator accounts": "tài khoản nhân viên",
    "counts, last sync, what the province acknowledged": "số lượng, lần đồng bộ gần nhất, phần tỉnh đã nhận",
    "write a consistent copy of the database": "sao lưu nhất quán cơ sở dữ liệu",
    "replace the database with a backup": "thay cơ sở dữ liệu bằng một bản sao lưu",
    "integrity check of the database and media store": "kiểm tra toàn vẹn cơ sở dữ liệu và kho tệp",
    "visits (lượt phục vụ)": "lượt phục vụ",
    "participants (học viên)": "học viên",
    "trainings and attendance (lớp bồi dưỡng, điểm danh)": "lớp bồi dưỡng, điểm danh",
    "villagers' opinions (ý kiến, phản ánh)": "ý kiến, phản ánh của người dân",
    "yearly plan targets and progress (chỉ tiêu)": "chỉ tiêu kế hoạch năm và tiến độ",
    "join the province hub with a one-time code": "tham gia máy chủ tỉnh bằng mã dùng một lần",
    "network sync now; prints what was sent and received": "đồng bộ qua mạng ngay; in những gì đã gửi và nhận",
    "USB sync: write a bundle for the province, apply its reply":
        "đồng bộ bằng USB: ghi gói dữ liệu cho tỉnh, áp dụng gói trả lời",
    "materials (tài liệu): import, search, list": "tài liệu: nhập, tìm, liệt kê",
    "the period report (báo cáo 6 tháng / năm) as json, xlsx or pdf":
        "báo cáo định kỳ (6 tháng / năm) dạng json, xlsx hoặc pdf",
    "the point's code, e.g. XA-03325": "mã điểm, ví dụ XA-03325",
    "the point's name": "tên điểm",
    "province code (2 digits)": "mã tỉnh (2 chữ số)",
    "commune code (5 digits)": "mã xã (5 chữ số)",
    "generated materials (default 40)": "số tài liệu tạo ra (mặc định 40)",
    "generated visits (default 1500)": "số lượt phục vụ tạo ra (mặc định 1500)",
    "generated trainings (default 12)": "số lớp tạo ra (mặc định 12)",
    "generated participants": "số học viên tạo ra",
    "random seed (default 2026)": "hạt giống ngẫu nhiên (mặc định 2026)",
    "add an account; password read from stdin": "thêm tài khoản; mật khẩu đọc từ stdin",
    "list accounts": "liệt kê tài khoản",
    "the person's full name": "họ và tên",
    "folder for the copy (default: the backups folder)": "thư mục lưu bản sao (mặc định: thư mục backups)",
    "a backup file made by `backup`": "tệp sao lưu do lệnh `backup` tạo",
    "log a visit": "ghi một lượt phục vụ",
    "visits, newest first": "các lượt phục vụ, mới nhất trước",
    "delete a visit (kept as history)": "xóa một lượt phục vụ (vẫn giữ trong lịch sử)",
    "what the visitor was helped with (repeat for several): info, public-service, e-commerce, learning, "
    "legal, agriculture, health, other":
        "nội dung hỗ trợ (lặp lại nếu nhiều): info, public-service, e-commerce, learning, legal, "
        "agriculture, health, other",
    "what 'other' means (needed with other)": "nội dung cụ thể của 'other' (bắt buộc khi chọn other)",
    "female, male or other": "female (nữ), male (nam) hoặc other (khác)",
    "under-16, 16-30, 31-45, 46-60, over-60": "under-16, 16-30, 31-45, 46-60, over-60 (nhóm tuổi)",
    "two-digit official code (01 Kinh ... 54)": "mã dân tộc chính thức hai chữ số (01 Kinh ... 54)",
    "the visitor's village (thôn/bản)": "thôn/bản của người đến",
    "the visitor was not assisted": "người đến tự dùng, không cần hỗ trợ",
    "minutes": "số phút",
    "a note": "ghi chú",
    "when (YYYY-MM-DDTHH:MM; default now)": "thời điểm (YYYY-MM-DDTHH:MM; mặc định bây giờ)",
    "2026, 2026-H1, 2026-Q3 or 2026-01-01..2026-06-20": "2026, 2026-H1, 2026-Q3 hoặc 2026-01-01..2026-06-20",
    "only visits with this purpose": "chỉ các lượt có nội dung này",
    "at most this many": "nhiều nhất bấy nhiêu",
    "register a participant; prints {id}": "đăng ký một học viên; in {id}",
    "participants in name order (personal data: logged)": "học viên theo thứ tự tên (dữ liệu cá nhân: có ghi nhật ký)",
    "find participants by part of the name, accent-insensitive": "tìm học viên theo một phần tên, không cần dấu",
    "erase a participant on request (hard delete, propagated)":
        "xóa hẳn một học viên theo yêu cầu (xóa cả ở tỉnh khi đồng bộ)",
    "print the consent notice to read out or show": "in thông báo xin đồng ý để đọc hoặc cho xem",
    "full name": "họ và tên",
    "YYYY": "năm (YYYY)",
    "village (thôn/bản)": "thôn/bản",
    "commune-cadre, village-head, village-elder, respected-person, operator, teacher, student, villager, "
    "enterprise, other":
        "nhóm: commune-cadre, village-head, village-elder, respected-person, operator, teacher, student, "
        "villager, enterprise, other",
    "phone number (digits)": "số điện thoại (chữ số)",
    "the person agreed after hearing the notice (`participant notice`)":
        "người này đã đồng ý sau khi nghe thông báo (`participant notice`)",
    "how consent was given": "cách người đó đồng ý",
    "create a training; prints {id}": "tạo một lớp; in {id}",
    "check participants in (idempotent)": "điểm danh học viên (làm lại không sao)",
    "a training with its attendance": "một lớp cùng danh sách điểm danh",
    "trainings, newest first": "các lớp, mới nhất trước",
    "the printable sign-in sheet (PDF, one per day)": "danh sách ký tên để in (PDF, mỗi ngày một bản)",
    "attach a photo or PDF scan of the signed sheet": "đính kèm ảnh chụp hoặc bản quét PDF danh sách đã ký",
    "training, workshop, conference, dialogue or contest": "training, workshop, conference, dialogue hoặc contest",
    "YYYY-MM-DD": "ngày (YYYY-MM-DD)",
    "YYYY-MM-DD (default: the start date)": "ngày (YYYY-MM-DD; mặc định: ngày bắt đầu)",
    "topic code (repeatable)": "mã chủ đề (lặp lại được)",
    "in-person or online": "in-person (trực tiếp) hoặc online (trực tuyến)",
    "central, local or other": "central (trung ương), local (địa phương) hoặc other (khác)",
    "cost in đồng": "kinh phí (đồng)",
    "participant group (repeatable)": "nhóm học viên (lặp lại được)",
    "YYYY-MM-DD (default: today, or the only day)": "ngày (YYYY-MM-DD; mặc định: hôm nay, hoặc ngày duy nhất)",
    "the PDF file to write": "tệp PDF sẽ ghi",
    "only this day (repeatable)": "chỉ ngày này (lặp lại được)",
    "empty rows for walk-ins (default 5)": "số dòng trống cho người đến thêm (mặc định 5)",
    "record an opinion": "ghi một ý kiến",
    "opinions with status and any answer": "các ý kiến cùng trạng thái và câu trả lời",
    "topic code": "mã chủ đề",
    "who gave it (only with --consent)": "người nêu ý kiến (chỉ khi có --consent)",
    "a registered participant's id (only with --consent)": "mã của một học viên đã đăng ký (chỉ khi có --consent)",
    "the person agreed to be named": "người đó đồng ý được nêu tên",
    "new, sent or answered": "new (mới), sent (đã gửi) hoặc answered (đã trả lời)",
    "set a target for a year and indicator": "đặt chỉ tiêu cho một năm và một chỉ số",
    "targets and progress for a year": "chỉ tiêu và tiến độ của một năm",
    "e.g. visits-served, trainings-held": "ví dụ visits-served, trainings-held",
    "the one-time code from the province, e.g. ABCD-EFGH-JKMN-PQRS, or a file holding it":
        "mã dùng một lần do tỉnh cấp, ví dụ ABCD-EFGH-JKMN-PQRS, hoặc tệp chứa mã",
    "the hub's address, e.g. http://hub.example:8765 (default: the one stored)":
        "địa chỉ máy chủ tỉnh, ví dụ http://hub.example:8765 (mặc định: địa chỉ đã lưu)",
    "write an outgoing bundle for the province (USB)": "ghi gói dữ liệu gửi tỉnh (USB)",
    "apply a bundle from the province": "áp dụng gói dữ liệu của tỉnh",
    "the stick (or any existing folder); written under COMMUNE-SYNC/<POINT>/to-province/":
        "ổ USB (hoặc một thư mục có sẵn); ghi vào COMMUNE-SYNC/<POINT>/to-province/",
    "the stick (this point's replies under COMMUNE-SYNC/<POINT>/from-province/), or one reply bundle folder":
        "ổ USB (các gói trả lời của điểm trong COMMUNE-SYNC/<POINT>/from-province/), hoặc một thư mục gói trả lời",
    "import files as one material (one file per language version)":
        "nhập các tệp thành một tài liệu (mỗi tệp một bản ngôn ngữ)",
    "search titles and body text, accent-insensitive": "tìm trong tiêu đề và nội dung, không cần dấu",
    "all materials, newest first": "mọi tài liệu, mới nhất trước",
    "PDF, image, audio, video, text or HTML files": "tệp PDF, ảnh, âm thanh, video, văn bản hoặc HTML",
    "the material's title": "tiêu đề tài liệu",
    "language of the files (ISO 639-3, e.g. vie, khm, bru): once for all, or once per file in the same "
    "order (default vie)":
        "ngôn ngữ của tệp (ISO 639-3, ví dụ vie, khm, bru): một lần cho tất cả, hoặc mỗi tệp một lần "
        "theo cùng thứ tự (mặc định vie)",
    "bulletin, leaflet, poster, handbook, video, audio, ... (default: audio/video by the file, else other)":
        "bulletin, leaflet, poster, handbook, video, audio, ... (mặc định: audio/video theo tệp, còn lại other)",
    "a topic code (repeat for several)": "mã chủ đề (lặp lại nếu nhiều)",
    "who it is for, a participant group code (repeat for several)":
        "dành cho ai: mã nhóm học viên (lặp lại nếu nhiều)",
    "a short description": "mô tả ngắn",
    "who issued it": "cơ quan ban hành",
    "when it was issued (YYYY-MM-DD)": "ngày ban hành (YYYY-MM-DD)",
    "import even when the same files are already a material": "vẫn nhập dù các tệp này đã là một tài liệu",
    "words to find; the last may be the start of a word": "từ cần tìm; từ cuối có thể là phần đầu của một từ",
    "only materials with a version in this language": "chỉ tài liệu có bản bằng ngôn ngữ này",
    "only this kind of material": "chỉ loại tài liệu này",
    "only this topic": "chỉ chủ đề này",
    "also withdrawn materials": "cả tài liệu đã thu hồi",
    "at most this many (default 20)": "nhiều nhất bấy nhiêu (mặc định 20)",
    "2026, 2026-H1, 2026-H2, 2026-Q3 or 2026-01-01..2026-06-20":
        "2026, 2026-H1, 2026-H2, 2026-Q3 hoặc 2026-01-01..2026-06-20",
    "json (to stdout without -o), xlsx or pdf (to exports/ without -o)":
        "json (ra stdout nếu không có -o), xlsx hoặc pdf (vào exports/ nếu không có -o)",
    "the file to write": "tệp sẽ ghi",
}

# argparse's own sentences (Python 3.11's msgids), in the order argparse.py has them.
ARGPARSE_VI: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "not allowed with argument %s": "không dùng chung được với %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn trong %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}
ARGPARSE_PLURAL_VI: dict[str, str] = {
    "expected %s argument": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng: %s",
}

_ORIGINAL: dict[str, Any] = {}


def use_language(lang: str) -> None:
    """Make argparse's own sentences speak lang (process-wide; set before building a parser)."""
    if not _ORIGINAL:
        _ORIGINAL.update(gettext=argparse._, ngettext=argparse.ngettext)
    # Anything but "en" is Vietnamese, as for the error lines (a command's own --lang khm
    # may be what the quick scan of the command line saw).
    if lang != "en":
        original, original_n = _ORIGINAL["gettext"], _ORIGINAL["ngettext"]
        argparse._ = lambda text: ARGPARSE_VI.get(text) or original(text)  # type: ignore[attr-defined]
        argparse.ngettext = lambda one, many, n: (  # type: ignore[attr-defined]
            ARGPARSE_PLURAL_VI.get(one) or original_n(one, many, n))
    else:
        argparse._ = _ORIGINAL["gettext"]  # type: ignore[attr-defined]
        argparse.ngettext = _ORIGINAL["ngettext"]  # type: ignore[attr-defined]


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text of a parser and its sub-commands (for the test)."""
    found: list[str] = []
    for text, _owner, _attr in _texts(parser):
        if text not in found:
            found.append(text)
    return found


def _texts(parser: argparse.ArgumentParser) -> list[tuple[str, Any, str]]:
    out: list[tuple[str, Any, str]] = []
    if parser.description:
        out.append((parser.description, parser, "description"))
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            out.append((action.help, action, "help"))
        if isinstance(action, argparse._SubParsersAction):
            out += [(c.help, c, "help") for c in action._choices_actions if c.help]
            for child in action.choices.values():
                out += _texts(child)
    return out


def localise(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """Show the parser's help in lang (the sources are English; Vietnamese from HELP_VI)."""
    if lang != "en":
        for text, owner, attr in _texts(parser):
            setattr(owner, attr, HELP_VI.get(text, text))
    return parser
