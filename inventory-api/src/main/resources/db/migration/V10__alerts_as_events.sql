-- Alerts are events of their own aggregate from now on (ADR 0005): the alerts processor records each
-- transition it derives (AlertRaised, AlertResolved) in the same transaction as its tables. It starts over
-- from the first event so that the alerts of the history are recorded too; their ids are derived from the
-- stock item events, so every alert keeps its id and acknowledgements already recorded still apply.
DELETE FROM alert;
DELETE FROM alert_stock_item;
DELETE FROM token_entry WHERE processor_name = 'alerts';
