# A nested dict input.
# input: config = {"service": "api", "ports": [80, 443], "limits": {"cpu": 2, "mem": "512Mi"}}
print(config["service"], config["ports"][-1], config["limits"]["mem"])
for k in config["limits"]:
    print(k, config["limits"][k])
print(config)
# expect: api 443 512Mi
# expect: cpu 2
# expect: mem 512Mi
# expect: {'service': 'api', 'ports': [80, 443], 'limits': {'cpu': 2, 'mem': '512Mi'}}
