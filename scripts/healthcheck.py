"""The container's health check: GET /health/ on the local gunicorn, exit 0 when it answers 200.

It asks with the first of DJANGO_ALLOWED_HOSTS as the Host header, since Django refuses other hosts."""

import os
import sys
import urllib.request

host = (os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")[0].strip().lstrip(".")) or "localhost"
if host == "*":
    host = "localhost"
request = urllib.request.Request("http://127.0.0.1:8000/health/", headers={"Host": host})
try:
    with urllib.request.urlopen(request, timeout=4) as response:  # noqa: S310 - a fixed local http URL
        sys.exit(0 if response.status == 200 else 1)
except OSError:
    sys.exit(1)
