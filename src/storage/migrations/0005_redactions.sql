-- Redactions: a record removed as personal information has its ops blanked wherever the
-- redaction counts, and ops of it that arrive later are blanked before they are stored. This
-- index finds a record's redaction (and whether there is any) without reading the log.
CREATE INDEX ops_redactions ON ops (entity, entity_id) WHERE json_extract(change, '$.op') = 'redact';
