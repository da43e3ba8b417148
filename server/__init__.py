"""Yima gRPC server: all business logic and the only user of the database."""

__version__ = "0.1.0"
API_VERSION = "yima.v1"
