-- Quarantine: a lead that tripped a spam heuristic (time trap, honeypot) is stored like any other, routed, but
-- with the reason here and without delivery jobs, until an operator releases it (leads spam release ID) or
-- retention purges it. NULL: an ordinary lead.
ALTER TABLE leads ADD COLUMN quarantine_reason TEXT;
CREATE INDEX leads_quarantine ON leads (quarantine_reason);
