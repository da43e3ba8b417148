"""What the client remembers between runs (QSettings): server, TLS, company code, user name,
language and table page size. Tests redirect QSettings to a temporary folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Yima"
APPLICATION = "YimaClient"
DEFAULT_SERVER = "127.0.0.1:50051"
PAGE_SIZES = (20, 50, 100, 200, 500)


class ClientSettings:
    """Typed access to the stored settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORGANISATION, APPLICATION)

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self.store.value(key, default)
        if isinstance(value, str):
            return value.lower() in {"true", "1", "yes"}
        return bool(value)

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    @property
    def server(self) -> str:
        return self._str("login/server", DEFAULT_SERVER)

    @server.setter
    def server(self, value: str) -> None:
        self._set("login/server", value)

    @property
    def tls(self) -> bool:
        return self._bool("login/tls")

    @tls.setter
    def tls(self, value: bool) -> None:
        self._set("login/tls", value)

    @property
    def ca_file(self) -> str:
        return self._str("login/ca_file")

    @ca_file.setter
    def ca_file(self, value: str) -> None:
        self._set("login/ca_file", value)

    @property
    def tenant_code(self) -> str:
        return self._str("login/tenant_code")

    @tenant_code.setter
    def tenant_code(self, value: str) -> None:
        self._set("login/tenant_code", value)

    @property
    def username(self) -> str:
        return self._str("login/username")

    @username.setter
    def username(self, value: str) -> None:
        self._set("login/username", value)

    @property
    def language(self) -> str:
        """"zh_CN", "en", or "" to follow the system."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def page_size(self) -> int:
        try:
            value = int(self._str("ui/page_size", "50"))
        except ValueError:
            return 50
        return value if value in PAGE_SIZES else 50

    @page_size.setter
    def page_size(self, value: int) -> None:
        self._set("ui/page_size", int(value))
