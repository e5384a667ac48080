#!/usr/bin/env python3
"""Before/after figures for incidents (issue #25): what on-call and the console see after a run.

Starts a built server (embedded mode) on a free port, plays the default demo or replays real dialogues for N minutes,
then reads /api/alerts and /api/incidents and prints one JSON line plus a table:
  open items on the console, critical ones, items per conversation/customer, escalation twins, pages to on-call.
A server without /api/incidents (the code before incidents) is measured by its alerts, as its console showed them.

  python3 infra/scripts/measure-incidents.py --server src/Realtime.Server/bin/Release/net10.0/Realtime.Server.dll \
      --minutes 10 [--replay ../shared/data/dialogues/jddc_zh.jsonl --spacing 5] [--label after]
"""
import argparse, collections, json, os, signal, socket, subprocess, sys, time, urllib.error, urllib.request

KEY = "measure-incidents-key"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, path, token=None, body=None):
    req = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            raw = r.read()
            try:
                body = json.loads(raw or b"null")
            except ValueError:
                body = raw.decode(errors="replace")  # health endpoints answer plain text
            return r.status, body, r.headers
    except urllib.error.HTTPError as e:
        return e.code, None, e.headers


def subject_of(alert):
    if alert["kind"] == "repeat.contact" and alert.get("customerId"):
        return "customer:" + alert["customerId"]
    return "conversation:" + (alert.get("conversationId") or "-")


def measure(base):
    _, tok, _ = call(base, "/api/auth/token", body={"name": "admin", "password": "demo"})
    token = tok["token"]
    alerts = []
    for status in ("open", "acknowledged", "resolved"):
        _, page, _ = call(base, f"/api/alerts?status={status}&limit=1000", token)
        alerts += page
    code, _, _ = call(base, "/api/incidents?limit=1", token)
    incidents = None
    if code == 200:
        incidents, offset = [], 0
        while True:
            _, page, headers = call(base, f"/api/incidents?limit=500&offset={offset}", token)
            incidents += page
            offset += len(page)
            if not page or offset >= int(headers.get("X-Total-Count", "0")):
                break

    open_alerts = [a for a in alerts if a["status"] == "open"]
    stored = [a for a in alerts if a["kind"] != "escalation"]
    escalation_alerts = [a for a in alerts if a["kind"] == "escalation"]
    by_id = {a["alertId"]: a for a in alerts}
    result = {
        "alertsRaised": len(stored),
        "criticalAlertsRaised": sum(a["severity"] == "critical" for a in stored),
        "alertsResolvedBySystem": sum(a.get("resolvedBy") == "system" for a in alerts),
    }
    if incidents is None:
        per_subject = collections.Counter(subject_of(a) for a in open_alerts)
        result.update({
            "model": "alerts (before incidents)",
            "openItems": len(open_alerts),
            "openCriticalItems": sum(a["severity"] == "critical" for a in open_alerts),
            "itemsRaisedCritical": sum(a["severity"] == "critical" for a in alerts),
            "maxOpenItemsPerSubject": max(per_subject.values(), default=0),
            "subjectsWithMoreThanOneOpenItem": sum(n > 1 for n in per_subject.values()),
            "escalationTwins": sum(1 for e in escalation_alerts if e["status"] == "open"
                                   and by_id.get(e.get("escalatedAlertId") or "", {}).get("status") == "open"),
            "pagesToOnCall": len(escalation_alerts),
            "openCriticalByKind": dict(collections.Counter(a["kind"] for a in open_alerts if a["severity"] == "critical")),
        })
    else:
        unresolved = [i for i in incidents if i["status"] != "resolved"]
        per_subject = collections.Counter(json.dumps(i["subject"], sort_keys=True) for i in unresolved)
        result.update({
            "model": "incidents",
            "openItems": sum(i["status"] == "open" for i in incidents),
            "unresolvedItems": len(unresolved),
            "openCriticalItems": sum(i["status"] == "open" and i["severity"] == "critical" for i in incidents),
            "itemsRaisedCritical": sum(any(a["severity"] == "critical" for a in i["alerts"]) for i in incidents),
            "maxOpenItemsPerSubject": max(per_subject.values(), default=0),
            "subjectsWithMoreThanOneOpenItem": sum(n > 1 for n in per_subject.values()),
            "escalationTwins": sum(a["kind"] == "escalation" and a["status"] == "open" for a in alerts),
            "pagesToOnCall": sum(i["escalationLevel"] for i in incidents),
            "incidents": len(incidents),
            # What makes each open critical incident critical: the kind of its most recent open critical alert.
            "openCriticalByKind": dict(collections.Counter(
                next(a["kind"] for a in i["alerts"] if a["severity"] == "critical" and a["status"] != "resolved")
                for i in incidents if i["status"] == "open" and i["severity"] == "critical"
                and any(a["severity"] == "critical" and a["status"] != "resolved" for a in i["alerts"]))),
        })
    conversations = {a.get("conversationId") for a in stored if a.get("conversationId")}
    result["conversationsWithAlerts"] = len(conversations)
    if result["openItems"]:
        result["openCriticalSharePercent"] = round(100 * result["openCriticalItems"] / result["openItems"], 1)
    return result


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--server", required=True, help="path of Realtime.Server.dll")
    p.add_argument("--minutes", type=float, default=10)
    p.add_argument("--replay", help="dialogue JSONL to replay instead of the demo")
    p.add_argument("--replay-dll", default="src/Realtime.Replay/bin/Release/net10.0/Realtime.Replay.dll")
    p.add_argument("--spacing", default="5")
    p.add_argument("--label", default="")
    p.add_argument("--server-log", default=os.devnull, help="where the server's output goes")
    a = p.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_dir = os.path.dirname(os.path.abspath(a.server))
    env = dict(os.environ, ASPNETCORE_URLS=base, Demo__Enabled="false" if a.replay else "true",
               Ingest__ApiKeys__0=KEY, Logging__LogLevel__Default="Warning")
    log = open(a.server_log, "w")
    server = subprocess.Popen(["dotnet", os.path.abspath(a.server)], cwd=server_dir, env=env, stdout=log, stderr=subprocess.STDOUT)
    replay = None
    try:
        for _ in range(600):
            try:
                if call(base, "/health/ready")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                sys.exit(f"server exited with {server.returncode}; see --server-log")
            time.sleep(0.5)
        else:
            sys.exit("server not ready after 5 minutes")
        if a.replay:
            replay = subprocess.Popen(["dotnet", a.replay_dll, a.replay, "--target", base, "--api-key", KEY,
                                       "--spacing", a.spacing, "--id-prefix", "m-"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(a.minutes * 60)
        result = {"label": a.label, "source": a.replay or "default demo", "minutes": a.minutes, **measure(base)}
        print(json.dumps(result))
        for k, v in result.items():
            print(f"  {k:34} {v}", file=sys.stderr)
    finally:
        for proc in (replay, server):
            if proc is not None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    proc.kill()


if __name__ == "__main__":
    main()
