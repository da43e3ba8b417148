"""The consumer gateway: the light HTTP service behind the QR codes (docs/GATEWAY.md)."""
