# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY claims ./claims
COPY config ./config
RUN python -m venv /venv && /venv/bin/pip install .

FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 ORT_DISABLE_TELEMETRY=1 DJANGO_SETTINGS_MODULE=config.settings
RUN useradd --system --create-home --uid 10001 claimtrack
COPY --from=build /venv /venv
WORKDIR /app
COPY manage.py ./
COPY claims ./claims
COPY config ./config
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput
USER claimtrack
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
