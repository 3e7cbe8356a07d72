-- Finding who may edit or translate a text looks the text up among coalitions and
-- outputs; without these, each lookup read both tables whole (found by the query-plan
-- test, crates/convene/tests/plans.rs).
CREATE INDEX coalitions_by_text ON coalitions (text_id);
CREATE INDEX coalition_outputs_by_text ON coalition_outputs (text_id);
