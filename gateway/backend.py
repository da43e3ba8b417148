"""The gateway's only way to the data: gRPC calls to the server's GatewayService, each carrying
the gateway credential. The server resolves the tenant, decides and records; this module
forwards what the consumer's browser sent and returns the server's answer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.batcher import Batcher
from shared.pb import scans_pb2, scans_pb2_grpc

GATEWAY_HEADER = "x-yima-gateway"  # server.core.interceptors reads it (a test checks they agree)
TIMEOUT = 5.0
FILE_TIMEOUT = 20.0


class Backend:
    def __init__(self, server: str, token: str, ca_file: str = "") -> None:
        options = [("grpc.max_receive_message_length", 16 * 1024 * 1024),
                   ("grpc.keepalive_time_ms", 30_000),
                   ("grpc.enable_retries", 1)]
        if ca_file:
            creds = grpc.ssl_channel_credentials(Path(ca_file).read_bytes())
            self.channel = grpc.aio.secure_channel(server, creds, options=options)
        else:
            self.channel = grpc.aio.insecure_channel(server, options=options)
        self.stub = scans_pb2_grpc.GatewayServiceStub(self.channel)
        self.health = health_pb2_grpc.HealthStub(self.channel)
        self.metadata = ((GATEWAY_HEADER, token),)
        self._batcher: Batcher[scans_pb2.VerifyRequest, scans_pb2.Verification] = Batcher(
            self._verify_batch)

    async def verify(self, request: scans_pb2.VerifyRequest) -> scans_pb2.Verification:
        """One consumer's query, sent together with those arriving at the same time."""
        return await self._batcher.submit(request)

    async def _verify_batch(self, requests: Sequence[scans_pb2.VerifyRequest]
                            ) -> Sequence[scans_pb2.Verification]:
        answer = await self.stub.VerifyBatch(scans_pb2.VerifyBatchRequest(requests=requests),
                                             metadata=self.metadata, timeout=TIMEOUT)
        return list(answer.results)

    async def locate(self, request: scans_pb2.LocateRequest) -> scans_pb2.Verification:
        return await self.stub.Locate(request, metadata=self.metadata, timeout=TIMEOUT)

    async def file(self, request: scans_pb2.ScanFileRequest) -> scans_pb2.ScanFile:
        return await self.stub.GetScanFile(request, metadata=self.metadata,
                                           timeout=FILE_TIMEOUT)

    async def complain(self, request: scans_pb2.ComplaintRequest) -> scans_pb2.ComplaintReceipt:
        return await self.stub.SubmitComplaint(request, metadata=self.metadata,
                                               timeout=TIMEOUT)

    async def serving(self) -> bool:
        try:
            answer = await self.health.Check(health_pb2.HealthCheckRequest(
                service="yima.v1.GatewayService"), timeout=2.0)
        except grpc.aio.AioRpcError:
            return False
        return bool(answer.status == health_pb2.HealthCheckResponse.SERVING)

    async def close(self) -> None:
        await self.channel.close()
