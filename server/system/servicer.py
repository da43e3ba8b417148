"""SystemService: what this server is, and Ping."""

from __future__ import annotations

from datetime import UTC, datetime

import grpc

from server import API_VERSION, __version__
from server.core.convert import ts
from server.core.policy import Policy, method_name
from shared.pb import common_pb2, system_pb2, system_pb2_grpc

POLICIES: dict[str, Policy] = {
    method_name("SystemService", "GetServerInfo"): Policy(public=True),
    method_name("SystemService", "Ping"): Policy(before_password_change=True),
}


class SystemServicer(system_pb2_grpc.SystemServiceServicer):
    def __init__(self, tls: bool) -> None:
        self.tls = tls

    def GetServerInfo(self, request: common_pb2.Empty,
                      context: grpc.ServicerContext) -> system_pb2.ServerInfo:
        return system_pb2.ServerInfo(version=__version__, api_version=API_VERSION, tls=self.tls)

    def Ping(self, request: common_pb2.Empty,
             context: grpc.ServicerContext) -> system_pb2.PingResponse:
        return system_pb2.PingResponse(server_time=ts(datetime.now(UTC)))
