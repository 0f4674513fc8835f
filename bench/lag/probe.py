#!/usr/bin/env python3
"""Projection lag probe for Stockledger (python3 standard library only).

Sends a receipt every INTERVAL seconds for DURATION seconds to a running service, then polls
GET /api/v1/stock/{sku}/{warehouse} every 2 ms until the stock-levels projection shows the version the
receipt answered; the lag is the time from the answer to the first read that shows it. Prints
count, p50, p99 and max in milliseconds. Run it alone (idle service) or beside a wrk load.

usage: probe.py URL [--duration 20] [--interval 0.05] [--warehouse WH-1]
"""
import argparse
import http.client
import json
import os
import time
import urllib.parse
import uuid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--warehouse", default="WH-1")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if os.environ.get("STOCKLEDGER_ADMIN_KEY"):
        headers["X-Api-Key"] = os.environ["STOCKLEDGER_ADMIN_KEY"]
    conn.request("POST", "/api/v1/warehouses", json.dumps({"code": args.warehouse, "name": "probe"}), headers)
    conn.getresponse().read()
    sku = "LAG-" + uuid.uuid4().hex[:10]
    lags = []
    end = time.monotonic() + args.duration
    while time.monotonic() < end:
        conn.request("POST", "/api/v1/stock/receipts",
                     json.dumps({"sku": sku, "warehouse": args.warehouse, "quantity": 1}), headers)
        response = conn.getresponse()
        body = json.loads(response.read())
        answered = time.monotonic()
        if response.status != 200:
            raise SystemExit(f"receipt answered {response.status}: {body}")
        version = body["version"]
        while True:
            conn.request("GET", f"/api/v1/stock/{sku}/{args.warehouse}", headers=headers)
            level = conn.getresponse()
            data = level.read()
            if level.status == 200 and json.loads(data)["version"] >= version:
                lags.append((time.monotonic() - answered) * 1000)
                break
            time.sleep(0.002)
        time.sleep(args.interval)
    lags.sort()

    def pct(p):
        return lags[max(0, int(round(p * len(lags) + 0.5)) - 1)]

    print(f"projection lag: probes={len(lags)} p50_ms={pct(0.50):.1f} p99_ms={pct(0.99):.1f} max_ms={lags[-1]:.1f}")


if __name__ == "__main__":
    main()
