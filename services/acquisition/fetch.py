"""Downloading a dataset from a URL without becoming a proxy into the private network (SSRF).

- Only ``http`` and ``https``; no credentials in the URL.
- The host is resolved once, every address it resolves to is checked, and the request goes to
  the checked address (``Host`` header and TLS SNI keep the name, so certificates are still
  verified against it): a DNS answer that changes between check and connect (rebinding)
  cannot send the request elsewhere. Numeric hosts in any form ``inet_aton`` accepts
  (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``) are read as the address they mean.
- Refused: loopback, private, shared (CGNAT), link-local (cloud metadata 169.254.169.254),
  multicast, reserved, unspecified and other non-global addresses, IPv4 ones also when
  wrapped in IPv6 (``::ffff:127.0.0.1``, NAT64, 6to4, Teredo) -- unless ``allow_private``,
  or the host name is in ``allowed_hosts``.
- Redirects are followed by hand, at most ``MAX_REDIRECTS``, each target checked the same way.
- The body is streamed to disk as sent (``Accept-Encoding: identity``; no transparent
  decompression), counted against ``max_bytes``; the whole download has ``timeout_s``.

Errors are :class:`shared.file_types.IntakeRefused`: 422 ``invalid_url`` / ``unsupported_url_scheme``,
403 ``url_not_allowed``, 422 ``url_fetch_failed`` (unresolvable, refused, remote 4xx/5xx,
too many redirects), 504 ``url_timeout``, 413 ``payload_too_large``.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import httpx

from shared.file_types import IntakeRefused

MAX_REDIRECTS = 3
CHUNK = 1024 * 1024
SNIFF_BYTES = 64 * 1024
PROGRESS_EVERY = 4 * 1024 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
_NUMERIC_HOST = re.compile(r"^[0-9a-fA-FxX.]+$")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def blocked_reason(ip: IPAddress) -> str | None:
    """Why a download may not go to ``ip`` (None: a public address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(ip.compressed.split("%", 1)[0])
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            inner = blocked_reason(embedded)
            return f"{inner} (IPv4 {embedded} inside IPv6)" if inner else None
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED:
        return "shared (carrier-grade NAT)"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "not globally routable"
    return None


def numeric_host(host: str) -> IPAddress | None:
    """The address a host names literally, in any form the C resolver would take."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True)
class Target:
    url: str  # as the user (or the redirect) named it
    scheme: str
    host: str  # ASCII (IDNA) host name or address
    port: int
    path_and_query: tuple[str, str]


def parse(url: str) -> Target:
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise IntakeRefused(422, "unsupported_url_scheme", "Unsupported URL scheme",
                          f"{scheme[:20] or 'no scheme'!r}: only http and https URLs can be loaded")
        if parts.username is not None or parts.password is not None:
            raise IntakeRefused(422, "invalid_url", "Invalid URL", "credentials in the URL are not supported")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise IntakeRefused(422, "invalid_url", "Invalid URL", "the URL has no host")
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        port = parts.port or (443 if scheme == "https" else 80)
    except (ValueError, UnicodeError) as exc:
        raise IntakeRefused(422, "invalid_url", "Invalid URL", str(exc)[:200]) from None
    if any(c in host for c in "/\\@ \t\r\n\x00"):
        raise IntakeRefused(422, "invalid_url", "Invalid URL", "the host name has forbidden characters")
    return Target(url=url, scheme=scheme, host=host.lower(), port=port,
                  path_and_query=(parts.path or "/", parts.query))


async def resolve(target: Target, *, allow_private: bool, allowed_hosts: frozenset[str]) -> IPAddress:
    """The checked address to connect to (403 if any address of the host is off limits)."""
    literal = numeric_host(target.host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as exc:
            raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL",
                          f"cannot resolve {target.host[:100]!r}: {exc}"[:300]) from None
        addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))
        if not addresses:
            raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL", f"{target.host[:100]!r} has no address")
    if not allow_private and target.host not in allowed_hosts:
        for ip in addresses:
            if reason := blocked_reason(ip):
                raise IntakeRefused(403, "url_not_allowed", "URL not allowed",
                              f"{target.host[:100]!r} resolves to a {reason} address ({ip}); URL loads only reach "
                              "public hosts", host=target.host[:100])
    return addresses[0]


@dataclass(frozen=True)
class Downloaded:
    path: Path
    filename: str
    bytes: int
    sha256: str
    url: str  # the final URL, after redirects
    content_type: str


def _request_url(target: Target, ip: IPAddress) -> str:
    host = f"[{ip}]" if ip.version == 6 else str(ip)
    default = 443 if target.scheme == "https" else 80
    netloc = host if target.port == default else f"{host}:{target.port}"
    return urlunsplit((target.scheme, netloc, *target.path_and_query, ""))


def _host_header(target: Target) -> str:
    host = f"[{target.host}]" if ":" in target.host else target.host
    default = 443 if target.scheme == "https" else 80
    return host if target.port == default else f"{host}:{target.port}"


def url_file_name(url: str) -> str:
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


async def download(url: str, folder: Path, *, max_bytes: int, timeout_s: float, allow_private: bool = False,
                   allowed_hosts: list[str] | tuple[str, ...] = (),
                   name_for: Callable[[str, str, str], str],
                   check_head: Callable[[bytes, str], None],
                   transport: httpx.AsyncBaseTransport | None = None,
                   progress: Callable[[int], Awaitable[None]] | None = None) -> Downloaded:
    """Stream ``url`` into ``folder``.

    ``name_for(url_file_name, content_type, content_encoding)`` picks the stored file name (or
    raises IntakeRefused); ``check_head(first_bytes, filename)`` sniffs the content;
    ``progress(bytes_so_far)`` is awaited every ``PROGRESS_EVERY`` bytes.
    """
    allowed = frozenset(h.lower().rstrip(".") for h in allowed_hosts)
    try:
        async with asyncio.timeout(timeout_s):
            return await _download(url, folder, max_bytes, timeout_s, allow_private, allowed, name_for,
                                   check_head, transport, progress)
    except (TimeoutError, httpx.TimeoutException):
        raise IntakeRefused(504, "url_timeout", "URL download timed out",
                      f"the download did not finish within {timeout_s:g} s") from None


async def _download(url, folder, max_bytes, timeout_s, allow_private, allowed, name_for, check_head,
                    transport, progress=None) -> Downloaded:
    timeout = httpx.Timeout(min(timeout_s, 30.0))
    async with httpx.AsyncClient(follow_redirects=False, trust_env=False, timeout=timeout,
                                 transport=transport) as client:
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            target = parse(current)
            ip = await resolve(target, allow_private=allow_private, allowed_hosts=allowed)
            extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
            request = client.build_request(
                "GET", _request_url(target, ip), extensions=extensions,
                headers={"Host": _host_header(target), "Accept-Encoding": "identity",
                         "User-Agent": "dataset-pipeline-acquisition"})
            try:
                response = await client.send(request, stream=True)
            except httpx.TimeoutException:
                raise
            except httpx.HTTPError as exc:
                raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL",
                              f"{type(exc).__name__}: {exc}"[:300] or type(exc).__name__) from None
            try:
                if response.status_code in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL",
                                      f"a {response.status_code} redirect without a Location")
                    current = urljoin(target.url, location)
                    continue
                if response.status_code >= 300:
                    raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL",
                                  f"the server answered {response.status_code}", upstream_status=response.status_code)
                return await _save(response, target.url, folder, max_bytes, name_for, check_head, progress)
            finally:
                await response.aclose()
        raise IntakeRefused(422, "url_fetch_failed", "Cannot fetch the URL", f"more than {MAX_REDIRECTS} redirects")


async def _save(response: httpx.Response, url: str, folder: Path, max_bytes: int, name_for, check_head,
                progress=None) -> Downloaded:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise IntakeRefused(413, "payload_too_large", "Download too large",
                      f"the server announces {declared} bytes; the limit is {max_bytes}")
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    encoding = response.headers.get("content-encoding", "").strip().lower()
    filename = name_for(url_file_name(url), content_type, encoding)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    digest, size, head, checked, reported = hashlib.sha256(), 0, b"", False, 0
    with open(path, "wb") as out:
        async for chunk in response.aiter_raw(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise IntakeRefused(413, "payload_too_large", "Download too large", f"the limit is {max_bytes} bytes")
            if not checked:
                head += chunk
                if len(head) >= SNIFF_BYTES:
                    check_head(head[:SNIFF_BYTES], filename)
                    checked = True
            digest.update(chunk)
            out.write(chunk)
            if progress is not None and size - reported >= PROGRESS_EVERY:
                reported = size
                await progress(size)
    if size == 0:
        raise IntakeRefused(422, "empty_file", "Empty file", "the URL served no content")
    if not checked:
        check_head(head, filename)
    return Downloaded(path=path, filename=filename, bytes=size, sha256=digest.hexdigest(), url=url,
                      content_type=content_type)
