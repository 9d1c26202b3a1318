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
    # -- daily work: visits, participants, trainings, opinions, targets (issue 4) --
    "period-invalid": (
        "Kỳ \"{value}\" không hợp lệ: dùng 2026, 2026-H1, 2026-H2, 2026-Q3 hoặc 2026-01-01..2026-06-20.",
        "The period \"{value}\" is not valid: use 2026, 2026-H1, 2026-H2, 2026-Q3 or 2026-01-01..2026-06-20.",
    ),
    "period-reversed": (
        "Kỳ \"{value}\": ngày kết thúc đứng trước ngày bắt đầu.",
        "The period \"{value}\" ends before it starts.",
    ),
    "too-long": (
        "Nội dung quá dài ({length} ký tự): tối đa {max} ký tự.",
        "The text is too long ({length} characters): at most {max}.",
    ),
    "purpose-missing": (
        "Hãy chọn ít nhất một nội dung hỗ trợ.",
        "Choose at least one purpose of the visit.",
    ),
    "purpose-unknown": (
        "Nội dung hỗ trợ \"{value}\" không có trong danh mục (info, public-service, e-commerce, learning, "
        "legal, agriculture, health, other).",
        "Visit purpose \"{value}\" is not in the list (info, public-service, e-commerce, learning, legal, "
        "agriculture, health, other).",
    ),
    "purpose-note-missing": (
        "Đã chọn \"Khác\": hãy ghi rõ nội dung hỗ trợ.",
        "\"Other\" is chosen: write what the visitor was helped with.",
    ),
    "sex-missing": ("Hãy chọn giới tính.", "Choose the sex."),
    "sex-unknown": (
        "Giới tính \"{value}\" không hợp lệ: chọn female (nữ), male (nam) hoặc other (khác).",
        "Sex \"{value}\" is not valid: choose female, male or other.",
    ),
    "age-band-unknown": (
        "Nhóm tuổi \"{value}\" không hợp lệ: chọn under-16, 16-30, 31-45, 46-60 hoặc over-60.",
        "Age band \"{value}\" is not valid: choose under-16, 16-30, 31-45, 46-60 or over-60.",
    ),
    "ethnicity-unknown": (
        "Mã dân tộc \"{value}\" không có trong danh mục (hai chữ số, 01 Kinh … 54).",
        "Ethnicity code \"{value}\" is not in the list (two digits, 01 Kinh ... 54).",
    ),
    "duration-invalid": (
        "Thời gian \"{value}\" không hợp lệ: nhập số phút từ {min} đến {max}.",
        "Duration \"{value}\" is not valid: enter minutes from {min} to {max}.",
    ),
    "visit-time-invalid": (
        "Thời điểm \"{value}\" không hợp lệ: dùng dạng NNNN-TT-NN GG:PP.",
        "The time \"{value}\" is not valid: use YYYY-MM-DD HH:MM.",
    ),
    "visit-in-future": (
        "Thời điểm {value} ở tương lai: lượt phục vụ chỉ ghi khi đã diễn ra. Kiểm tra đồng hồ máy tính.",
        "The time {value} is in the future: log a visit when it happens. Check the computer's clock.",
    ),
    "visit-unknown": ("Không tìm thấy lượt phục vụ {id}.", "Visit {id} was not found."),
    "name-missing": ("Hãy nhập họ và tên.", "Enter the full name."),
    "birth-year-invalid": (
        "Năm sinh \"{value}\" không hợp lệ: nhập năm từ 1900 đến {max}.",
        "Birth year \"{value}\" is not valid: enter a year from 1900 to {max}.",
    ),
    "group-unknown": (
        "Đối tượng \"{value}\" không có trong danh mục (commune-cadre, village-head, village-elder, "
        "respected-person, operator, teacher, student, villager, enterprise, other).",
        "Group \"{value}\" is not in the list (commune-cadre, village-head, village-elder, "
        "respected-person, operator, teacher, student, villager, enterprise, other).",
    ),
    "phone-invalid": (
        "Số điện thoại \"{value}\" không hợp lệ: chỉ gồm chữ số (8–15 số).",
        "Phone number \"{value}\" is not valid: digits only (8-15).",
    ),
    "participant-unknown": (
        "Không tìm thấy học viên {id} (có thể đã bị xóa theo yêu cầu).",
        "Participant {id} was not found (it may have been erased on request).",
    ),
    "participants-missing": ("Hãy chọn ít nhất một học viên.", "Choose at least one participant."),
    "training-title-missing": ("Hãy nhập tên lớp/hội nghị.", "Enter the training's title."),
    "training-kind-unknown": (
        "Loại hình \"{value}\" không hợp lệ: chọn training, workshop, conference, dialogue hoặc contest.",
        "Kind \"{value}\" is not valid: choose training, workshop, conference, dialogue or contest.",
    ),
    "training-start-missing": ("Hãy nhập ngày bắt đầu.", "Enter the start date."),
    "training-dates-reversed": (
        "Ngày kết thúc {end} đứng trước ngày bắt đầu {start}.",
        "The end date {end} is before the start date {start}.",
    ),
    "training-too-long": (
        "Một lớp kéo dài tối đa {max} ngày; hãy kiểm tra ngày kết thúc.",
        "A training lasts at most {max} days; check the end date.",
    ),
    "training-mode-unknown": (
        "Hình thức \"{value}\" không hợp lệ: chọn in-person (trực tiếp) hoặc online (trực tuyến).",
        "Mode \"{value}\" is not valid: choose in-person or online.",
    ),
    "topics-unknown": ("Chủ đề \"{value}\" không có trong danh mục.", "Topic \"{value}\" is not in the list."),
    "funding-unknown": (
        "Nguồn kinh phí \"{value}\" không hợp lệ: chọn central, local hoặc other.",
        "Funding source \"{value}\" is not valid: choose central, local or other.",
    ),
    "cost-invalid": (
        "Kinh phí \"{value}\" không hợp lệ: nhập số đồng, không âm.",
        "Cost \"{value}\" is not valid: enter a whole number of đồng, not negative.",
    ),
    "training-unknown": ("Không tìm thấy lớp/hội nghị {id}.", "Training {id} was not found."),
    "training-dates-exclude-attendance": (
        "Đã có điểm danh ngày {day}, nằm ngoài thời gian mới; hãy bỏ điểm danh đó trước.",
        "There is attendance on {day}, outside the new dates; remove that check-in first.",
    ),
    "attendance-day-missing": (
        "Lớp diễn ra từ {start} đến {end}: hãy chọn ngày điểm danh (--day).",
        "The training runs from {start} to {end}: choose the day to check in (--day).",
    ),
    "attendance-day-outside": (
        "Ngày {day} nằm ngoài thời gian của lớp ({start} đến {end}).",
        "The day {day} is outside the training's dates ({start} to {end}).",
    ),
    "sheet-file-empty": ("Tệp {path} rỗng.", "The file {path} is empty."),
    "feedback-text-missing": (
        "Hãy nhập nội dung ý kiến (hoặc ghi âm).",
        "Enter the opinion's text (or record it).",
    ),
    "feedback-consent-missing": (
        "Chỉ ghi tên người góp ý khi họ đồng ý; nếu không, để trống tên.",
        "Record who gave the opinion only with their consent; otherwise leave the name empty.",
    ),
    "feedback-channel-unknown": (
        "Kênh \"{value}\" không hợp lệ: chọn operator hoặc kiosk.",
        "Channel \"{value}\" is not valid: choose operator or kiosk.",
    ),
    "feedback-status-unknown": (
        "Trạng thái \"{value}\" không hợp lệ: chọn new, sent hoặc answered.",
        "Status \"{value}\" is not valid: choose new, sent or answered.",
    ),
    "audio-invalid": ("Tệp ghi âm không hợp lệ.", "The recording is not valid."),
    "indicator-unknown": (
        "Chỉ tiêu \"{value}\" không có trong danh mục (ví dụ visits-served, trainings-held).",
        "Indicator \"{value}\" is not in the list (e.g. visits-served, trainings-held).",
    ),
    "target-invalid": (
        "Chỉ tiêu \"{value}\" không hợp lệ: nhập một số không âm.",
        "Target \"{value}\" is not valid: enter a number, not negative.",
    ),
    "count-negative": ("Giá trị {name} không được âm.", "{name} cannot be negative."),
    "year-invalid": (
        "Năm \"{value}\" không hợp lệ: nhập năm từ {min} đến {max}.",
        "Year \"{value}\" is not valid: enter a year from {min} to {max}.",
    ),
    # Codes raised in desktop/ that had no sentence yet (tests/test_architecture.py finds them).
    "error": ("Đã xảy ra lỗi. Xem tệp nhật ký để biết chi tiết.", "Something went wrong. See the log file."),
    "invalid": ("Thông tin nhập chưa hợp lệ.", "The input is not valid."),
    "store": ("Không dùng được dữ liệu của điểm hỗ trợ.", "The support point's data cannot be used."),
    "auth": ("Không đăng nhập được.", "Could not log in."),
    "media": ("Lỗi kho tài liệu (tệp phương tiện).", "Media store error."),
    "password-mismatch": (
        "Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.",
        "The two passwords do not match. Enter them again.",
    ),
    "title-missing": ("Hãy nhập tiêu đề tài liệu.", "Enter the material's title."),
    "text-too-long": ("Nội dung quá dài: tối đa {max} ký tự.", "The text is too long: at most {max} characters."),
    "kind-unknown": (
        "Loại tài liệu \"{code}\" không có trong danh mục.",
        "Material kind \"{code}\" is not in the list.",
    ),
    "topic-unknown": (
        "Chủ đề \"{code}\" không có trong danh mục.",
        "Topic \"{code}\" is not in the list.",
    ),
    "file-empty": ("Tệp {path} rỗng (0 byte); không nhập được.", "{path} is empty (0 bytes); it cannot be imported."),
    "file-unreadable": (
        "Không đọc được tệp {path}: {detail}. Kiểm tra ổ USB hoặc quyền truy cập.",
        "Cannot read {path}: {detail}. Check the USB drive or the permissions.",
    ),
    "file-type-unsupported": (
        "Chưa nhập được tệp {name}: định dạng {ext} chưa được hỗ trợ (hỗ trợ: {supported}).",
        "Cannot import {name}: the {ext} format is not supported (supported: {supported}).",
    ),
    "file-too-large": (
        "Tệp {name} quá lớn ({size}); giới hạn là {limit}.",
        "{name} is too large ({size}); the limit is {limit}.",
    ),
    "file-type-mismatch": (
        "Tệp {name} có đuôi {expected} nhưng nội dung là {found}; hãy kiểm tra lại tệp.",
        "{name} is named as {expected} but holds {found}; check the file.",
    ),
    "file-damaged": (
        "Tệp {name} bị hỏng, không đọc được ({detail}).",
        "{name} is damaged and cannot be read ({detail}).",
    ),
    "pdf-encrypted": (
        "Tệp PDF {name} có mật khẩu; hãy lưu bản không khóa rồi nhập lại.",
        "The PDF {name} is password-protected; save an unlocked copy and import that.",
    ),
}


# code and lang are positional-only: a sentence may well have a {code} parameter.
def message(code: str, lang: str = "vi", /, **params: Any) -> str:
    """The sentence for an error code in the given language, with its parameters filled in."""
    vi, en = MESSAGES.get(code, (f"Lỗi: {code}", f"Error: {code}"))
    text = en if lang == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
