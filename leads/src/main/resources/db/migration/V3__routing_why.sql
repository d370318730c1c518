-- Why a manager got a lead, as data (JSON: kind, values, ruleManager, takeover, takenBy), so the notification can
-- say it in the mail's language. NULL: leads stored before, and leads re-routed after a refused address (their
-- routing_reason sentence is shown).
ALTER TABLE leads ADD COLUMN routing_why TEXT;
