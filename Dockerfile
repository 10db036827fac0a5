# The help desk bot on Telegram. Content (faq/, flows/) is baked in and can be replaced by a volume
# on /app/faq and /app/flows; SQLite lives on the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HELPDESK_CONTENT=/app \
    HELPDESK_DB=/data/helpdesk.db

RUN useradd --create-home --uid 10001 helpdesk && mkdir /data && chown helpdesk /data
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .

COPY faq ./faq
COPY flows ./flows
COPY examples ./examples

USER helpdesk
VOLUME ["/data"]
EXPOSE 8443

# Healthy when the content validates and the running bot wrote its heartbeat within two minutes.
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 CMD ["helpdesk", "health"]
CMD ["helpdesk", "serve"]
