-- The typed lifecycle maturity scores are history now: the lifecycle page derives each
-- phase's state from governance, planning and monitoring records. The table stays readable.
comment on table guidelines.lifecycle_maturity is
    'Archived expert maturity scores (1-5), no longer entered; lifecycle states are derived from records.';
