"""CLI command groups; each module has `register(subparsers)` and thin handlers."""
