-- The pinned threads shown above the first page of the board: found by their own index, not by reading every thread.
CREATE INDEX board_thread_pinned_ix ON board_thread (pinned, last_activity_at DESC, id DESC);
