"""The commune IT-support-point app (điểm hỗ trợ ứng dụng CNTT)."""

__version__ = "0.1.0"
