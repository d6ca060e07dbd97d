"""Settings for the test suite: the production settings with a throwaway secret.

Everything else (database, broker) still comes from the environment, so the same
suite runs on the SQLite default and, in CI, on PostgreSQL and Redis.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks queued by the API run through the broker only in tests that start a worker;
# everywhere else they run in-process so a test sees their result.
CELERY_TASK_ALWAYS_EAGER = True
# The test client speaks plain HTTP; static files are not collected for tests.
SECURE_SSL_REDIRECT = False
WHITENOISE_AUTOREFRESH = True
