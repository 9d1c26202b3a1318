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
    "report-due-invalid": (
        "Hạn nộp báo cáo \"{value}\" không hợp lệ: ghi tháng-ngày, ví dụ 06-20.",
        "The report due date \"{value}\" is not valid: write month-day, e.g. 06-20.",
    ),
    "report-format-unknown": (
        "Định dạng báo cáo \"{value}\" không có: dùng json, xlsx hoặc pdf.",
        "Unknown report format \"{value}\": use json, xlsx or pdf.",
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
    # -- sync with the province hub (desktop/sync) ------------------------------------------
    "sync-error": ("Đồng bộ không thành công: {detail}", "The sync failed: {detail}"),
    "sync-unreachable": (
        "Không kết nối được máy chủ của tỉnh ({url}). Kiểm tra mạng Internet; dữ liệu vẫn được giữ "
        "và sẽ gửi ở lần đồng bộ sau.",
        "Cannot reach the province hub ({url}). Check the Internet connection; the data is kept "
        "and will be sent at the next sync.",
    ),
    "sync-timeout": (
        "Máy chủ của tỉnh trả lời quá chậm. Thử lại sau; phần đã gửi không bị mất.",
        "The province hub answered too slowly. Try again later; what was sent is not lost.",
    ),
    "sync-hub-url-invalid": (
        "Địa chỉ máy chủ \"{url}\" không hợp lệ: cần bắt đầu bằng http:// hoặc https://.",
        "The hub address \"{url}\" is not valid: it must start with http:// or https://.",
    ),
    "sync-not-enrolled": (
        "Điểm này chưa đăng ký với tỉnh. Chạy `commune-point enroll MÃ --hub ĐỊA-CHỈ` với mã tỉnh cấp.",
        "This point is not enrolled with the province. Run `commune-point enroll CODE --hub URL` "
        "with the code the province gave you.",
    ),
    "sync-busy": (
        "Một lần đồng bộ khác đang chạy. Hãy đợi nó xong.",
        "Another sync is running. Wait for it to finish.",
    ),
    "sync-cancelled": (
        "Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục từ đó.",
        "Sync stopped. What was sent is kept; the next sync continues from there.",
    ),
    "sync-bad-signature": (
        "Câu trả lời không mang chữ ký của máy chủ tỉnh đã đăng ký; đã từ chối để bảo vệ dữ liệu.",
        "The answer is not signed by the enrolled province hub; refused to protect the data.",
    ),
    "sync-hub-key-changed": (
        "Khóa của máy chủ tỉnh ở {url} đã thay đổi. Nếu tỉnh đã đổi máy chủ, hãy đăng ký lại với mã mới.",
        "The province hub's key at {url} has changed. If the province moved its hub, enrol again "
        "with a new code.",
    ),
    "sync-protocol-mismatch": (
        "Phiên bản ứng dụng và máy chủ tỉnh không tương thích ({detail}). Hãy cập nhật ứng dụng.",
        "This app and the province hub do not speak the same protocol ({detail}). Update the app.",
    ),
    "sync-bad-request": (
        "Máy chủ tỉnh từ chối yêu cầu ({detail}). Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.",
        "The province hub refused the request ({detail}). Please send the log file to support.",
    ),
    "sync-auth-failed": (
        "Máy chủ tỉnh không nhận ra khóa của điểm này. Hãy xin tỉnh mã đăng ký mới rồi đăng ký lại.",
        "The province hub does not recognise this point's key. Ask the province for a new code "
        "and enrol again.",
    ),
    "sync-challenge-expired": (
        "Phiên xác thực đã hết hạn; hãy đồng bộ lại.",
        "The authentication challenge expired; sync again.",
    ),
    "sync-replay": (
        "Máy chủ tỉnh đã nhận yêu cầu này rồi; hãy đồng bộ lại.",
        "The province hub already received this request; sync again.",
    ),
    "sync-point-unknown": (
        "Máy chủ tỉnh không có điểm này. Hãy liên hệ tỉnh để được đăng ký.",
        "The province hub does not know this point. Contact the province to be registered.",
    ),
    "sync-point-revoked": (
        "Tỉnh đã thu hồi khóa của điểm này nên không nhận dữ liệu. Dữ liệu vẫn an toàn trên máy; "
        "hãy liên hệ tỉnh để được cấp mã đăng ký mới.",
        "The province has revoked this point's key, so it accepts no data. The data is safe on "
        "this PC; contact the province for a new enrolment code.",
    ),
    "sync-origin-mismatch": (
        "Máy chủ tỉnh từ chối cả gói vì có bản ghi không thuộc điểm này ({detail}).",
        "The province hub refused the whole chunk: it holds rows that are not this point's ({detail}).",
    ),
    "sync-forbidden": ("Máy chủ tỉnh không cho phép thao tác này ({detail}).",
                       "The province hub does not allow this ({detail})."),
    "sync-not-found": ("Máy chủ tỉnh không có tệp hoặc mục được yêu cầu ({detail}).",
                       "The province hub does not have what was asked for ({detail})."),
    "sync-enrol-code-invalid": (
        "Mã đăng ký không đúng. Kiểm tra lại 16 ký tự tỉnh đã cấp (ví dụ ABCD-EFGH-JKMN-PQRS).",
        "The enrolment code is not right. Check the 16 characters the province gave you "
        "(e.g. ABCD-EFGH-JKMN-PQRS).",
    ),
    "sync-enrol-code-expired": (
        "Mã đăng ký đã hết hạn. Hãy xin tỉnh mã mới.",
        "The enrolment code has expired. Ask the province for a new one.",
    ),
    "sync-enrol-code-used": (
        "Mã đăng ký này đã được dùng, hoặc tỉnh đã hủy nó khi thu hồi điểm. Mỗi mã chỉ dùng một lần; "
        "hãy xin tỉnh mã mới.",
        "This enrolment code was already used, or the province cancelled it when it revoked the point. "
        "Each code works once; ask the province for a new one.",
    ),
    "sync-enrol-wrong-point": (
        "Mã đăng ký này dành cho điểm {point}, còn máy này là điểm {here}. Hãy xin tỉnh mã đăng ký của "
        "điểm {here}.",
        "This enrolment code is for point {point}, but this PC is point {here}. Ask the province for the "
        "enrolment code of point {here}.",
    ),
    "sync-chunk-gap": (
        "Máy chủ tỉnh đang giữ ít dữ liệu hơn điểm nghĩ; hãy đồng bộ lại để gửi bù.",
        "The province hub holds less than this point expected; sync again to resend.",
    ),
    "sync-media-offset": ("Tệp đang gửi dở bị lệch; hãy đồng bộ lại.",
                          "A partly sent file is out of step; sync again."),
    "sync-too-large": ("Gói dữ liệu quá lớn so với giới hạn của máy chủ tỉnh.",
                       "A request was larger than the province hub allows."),
    "sync-media-hash-mismatch": (
        "Một tệp tài liệu bị hỏng trên đường truyền và đã bị bỏ; lần đồng bộ sau sẽ tải lại.",
        "A media file was damaged in transfer and discarded; the next sync fetches it again.",
    ),
    "sync-server-error": (
        "Máy chủ tỉnh gặp lỗi ({detail}). Thử lại sau; dữ liệu không bị mất.",
        "The province hub had an error ({detail}). Try again later; no data is lost.",
    ),
    "sync-unavailable": ("Máy chủ tỉnh đang bận. Thử lại sau.", "The province hub is busy. Try again later."),
    # USB bundles (issue 6): each refuses the whole bundle before any data is touched.
    "bundle-no-space": (
        "Ổ {path} đã đầy; gói chưa được ghi (không để lại gì dở dang). Hãy giải phóng chỗ hoặc dùng USB khác.",
        "The drive {path} is full; the bundle was not written (nothing half-written is left). "
        "Free some space or use another stick.",
    ),
    "bundle-write-failed": (
        "Không ghi được gói vào {path} ({detail}); không để lại gì dở dang. Kiểm tra USB rồi thử lại.",
        "Could not write the bundle to {path} ({detail}); nothing half-written is left. Check the stick and retry.",
    ),
    "bundle-not-found": ("Không thấy gói đồng bộ ở {path}.", "No sync bundle at {path}."),
    "bundle-incomplete": (
        "Gói {path} chưa ghi xong (bị rút USB hoặc đầy ổ); không nhập. Hãy xuất lại gói.",
        "The bundle {path} was never finished (stick pulled out or full); not imported. Export it again.",
    ),
    "bundle-damaged": (
        "Gói đồng bộ bị hỏng ({detail}); không nhập gì. Hãy xuất lại gói.",
        "The sync bundle is damaged ({detail}); nothing was imported. Export it again.",
    ),
    "bundle-part-missing": (
        "Gói đồng bộ thiếu tệp {name}; không nhập gì. Hãy chép lại cả thư mục gói.",
        "The sync bundle lacks its file {name}; nothing was imported. Copy the whole bundle folder again.",
    ),
    "bundle-part-extra": (
        "Gói đồng bộ có tệp lạ {name}; không nhập gì.",
        "The sync bundle holds an unexpected file {name}; nothing was imported.",
    ),
    "bundle-part-damaged": (
        "Tệp {name} của gói đồng bộ bị cắt cụt hoặc bị sửa (sai kích thước/mã băm); không nhập gì.",
        "The bundle's file {name} is truncated or altered (size or hash mismatch); nothing was imported.",
    ),
    "bundle-bad-signature": (
        "Chữ ký của gói đồng bộ không đúng (gói đã bị sửa); không nhập gì.",
        "The sync bundle's signature does not match (it was altered); nothing was imported.",
    ),
    "bundle-unknown-key": (
        "Gói đồng bộ (điểm {point}) được ký bằng một khóa không được công nhận; không nhập gì.",
        "The sync bundle (point {point}) is signed by a key that is not recognised; nothing was imported.",
    ),
    "bundle-wrong-point": (
        "Gói đồng bộ này dành cho điểm {found}, không phải {expected}; không nhập gì.",
        "This sync bundle is for point {found}, not {expected}; nothing was imported.",
    ),
    "bundle-wrong-kind": (
        "Gói này không đúng chiều ({found}, cần {expected}); không nhập gì.",
        "This bundle goes the other way ({found}, expected {expected}); nothing was imported.",
    ),
    "bundle-newer-format": (
        "Gói đồng bộ do phiên bản mới hơn tạo (định dạng {found}, bản này {supported}); "
        "không nhập gì. Hãy cập nhật ứng dụng.",
        "The sync bundle was written by a newer version (format {found}, this one {supported}); "
        "nothing was imported. Update the app.",
    ),
    "bundle-not-for-us": (
        "Không giải mã được gói đồng bộ: gói được mã hóa cho máy khác; không nhập gì.",
        "The sync bundle cannot be decrypted: it was encrypted for another machine; nothing was imported.",
    ),
    "bundle-out-of-order": (
        "Gói đồng bộ đến không đúng thứ tự (cần từ {expected}, gói bắt đầu từ {found}); "
        "hãy nhập gói trước đó trước.",
        "The sync bundle is out of order (expected from {expected}, it starts at {found}); "
        "import the earlier bundle first.",
    ),
    "usb-error": ("Không đồng bộ qua USB được.", "The USB sync could not be done."),
    "usb-stick-missing": (
        "Không thấy USB hoặc thư mục {path} (đã rút ra?). Hãy cắm USB rồi thử lại.",
        "The stick or folder {path} is not there (removed?). Plug the stick in and try again.",
    ),
    "usb-no-reply": (
        "Trên {path} chưa có gói trả lời nào của tỉnh cho điểm {point}.",
        "There is no reply bundle from the province for point {point} on {path}.",
    ),
    "bundle-read-failed": (
        "Không đọc được gói ở {path} ({detail}); không nhập gì. Kiểm tra USB rồi thử lại.",
        "Could not read the bundle at {path} ({detail}); nothing was imported. Check the stick and retry.",
    ),
    "bundle-media-damaged": (
        "Một tệp tài liệu trong gói bị hỏng (mã băm {sha} không khớp); không nhập gì. Hãy xuất lại gói.",
        "A media file in the bundle is damaged (hash {sha} does not match); nothing was imported. Export it again.",
    ),
    "bundle-media-changed": (
        "Tệp tài liệu {sha} trong kho bị thay đổi hoặc hỏng nên không ghi gói được. Chạy `commune-point check`.",
        "The stored media file {sha} changed or is damaged, so the bundle was not written. Run `commune-point check`.",
    ),
    "bundle-no-hub-key": (
        "Điểm chưa có khóa mã hóa của tỉnh. Hãy đăng ký lại điểm với mã mới (`commune-point enroll`).",
        "This point lacks the province's encryption key. Enrol again with a new code (`commune-point enroll`).",
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
    # Materials library (issue 3)
    "files-missing": ("Hãy chọn ít nhất một tệp để nhập.", "Choose at least one file to import."),
    "audience-unknown": (
        "Đối tượng \"{code}\" không có trong danh mục.",
        "Audience \"{code}\" is not in the list.",
    ),
    "folder-missing": ("Không thấy thư mục {path}.", "Folder {path} not found."),
    "field-unknown": ("Không sửa được trường này.", "This field cannot be changed."),
    "channel-invalid": (
        "Kênh \"{value}\" không hợp lệ: chọn kiosk hoặc operator.",
        "Channel \"{value}\" is not valid: choose kiosk or operator.",
    ),
    "seconds-invalid": (
        "Số giây \"{value}\" không hợp lệ: nhập số nguyên từ 0 trở lên.",
        "\"{value}\" seconds is not valid: enter a whole number, 0 or more.",
    ),
    "lang-count-mismatch": (
        "Có {files} tệp nhưng {langs} mã ngôn ngữ: dùng --lang một lần cho tất cả, "
        "hoặc một lần cho mỗi tệp theo đúng thứ tự.",
        "{files} files but {langs} language codes: give --lang once for all of them, "
        "or once per file in the same order.",
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
