-- The lead store, identical on SQLite and PostgreSQL. The only dialect difference, the auto-numbered id
-- column, comes in as the Flyway placeholder id_column (see be.storysite.leads.store.Dialect).
-- Times are epoch milliseconds (BIGINT) so that both databases compare and sort them the same way.

CREATE TABLE leads (
    id              VARCHAR(64)  PRIMARY KEY,
    received_at     BIGINT       NOT NULL,
    form_id         VARCHAR(100) NOT NULL,
    form_version    VARCHAR(100) NOT NULL,
    lang            VARCHAR(8)   NOT NULL,
    source_url      TEXT         NOT NULL,
    source_title    TEXT         NOT NULL,
    source_kind     VARCHAR(20)  NOT NULL,
    source_slug     VARCHAR(200) NOT NULL,
    referrer        TEXT         NOT NULL,
    utm_json        TEXT         NOT NULL,
    fields_json     TEXT         NOT NULL,
    -- the prospect's address, lower-cased, so that a GDPR erasure finds every lead of one person
    email_key       VARCHAR(320) NOT NULL,
    consent_given   BOOLEAN      NOT NULL,
    privacy_version VARCHAR(100) NOT NULL,
    manager_id      VARCHAR(100) NOT NULL,
    manager_name    VARCHAR(200) NOT NULL,
    manager_email   VARCHAR(320) NOT NULL,
    rule_id         VARCHAR(100) NOT NULL,
    fallback_used   BOOLEAN      NOT NULL,
    routing_reason  TEXT         NOT NULL
);
CREATE INDEX leads_received_at ON leads (received_at);
CREATE INDEX leads_email_key ON leads (email_key);

CREATE TABLE delivery_jobs (
    id              ${id_column},
    lead_id         VARCHAR(64)  NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    channel         VARCHAR(32)  NOT NULL,
    recipient       TEXT         NOT NULL,
    attempts        INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    last_reply      TEXT         NOT NULL,
    -- a claimed job is still PENDING but leased: nobody else may claim it before lease_until
    lease_owner     VARCHAR(200),
    lease_until     BIGINT
);
CREATE INDEX delivery_jobs_due ON delivery_jobs (state, next_attempt_at);
CREATE INDEX delivery_jobs_lead ON delivery_jobs (lead_id);

-- Every outcome of every delivery attempt, for operators ("why did this lead go to the backup?").
CREATE TABLE delivery_attempts (
    id           ${id_column},
    job_id       BIGINT       NOT NULL,
    lead_id      VARCHAR(64)  NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    attempted_at BIGINT       NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    recipient    TEXT         NOT NULL,
    reply        TEXT         NOT NULL
);
CREATE INDEX delivery_attempts_lead ON delivery_attempts (lead_id);

-- The answer given to a request with an Idempotency-Key, so that a replay gets the same answer and creates nothing.
CREATE TABLE idempotency_keys (
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    lead_id      VARCHAR(64),
    status       INTEGER      NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    location     TEXT         NOT NULL,
    body         TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Durable round-robin turns per routing pool: a restart must not send the next lead to the same manager again.
CREATE TABLE round_robin_counters (
    pool_id VARCHAR(100) PRIMARY KEY,
    turns   BIGINT       NOT NULL
);
