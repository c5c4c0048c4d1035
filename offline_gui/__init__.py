"""Offline Data Checker: turn a store export into an upload-ready offline data file."""

__version__ = "0.1.0"
