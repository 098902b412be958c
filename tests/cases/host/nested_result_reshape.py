# Reshaping a nested tool result into a summary table.
# host: list_deployments -> {"items": [{"app": "api", "env": "prod", "replicas": 3}, {"app": "api", "env": "dev", "replicas": 1}, {"app": "web", "env": "prod", "replicas": 2}], "total": 3}
resp = list_deployments(namespace="default")
by_app = {}
for d in resp["items"]:
    app = d["app"]
    if app not in by_app:
        by_app[app] = {"envs": [], "replicas": 0}
    by_app[app]["envs"].append(d["env"])
    by_app[app]["replicas"] += d["replicas"]
for app in by_app:
    info = by_app[app]
    print(app, ",".join(info["envs"]), info["replicas"])
assert resp["total"] == len(resp["items"])
by_app
# expect: api prod,dev 4
# expect: web prod 2
# expect: {'api': {'envs': ['prod', 'dev'], 'replicas': 4}, 'web': {'envs': ['prod'], 'replicas': 2}}
