package jp.tokyo23city.portal.board.entity;

/** Whether a thread awaits an admin's approval (types with approval before publishing) or is published. */
public enum ThreadState {
    PENDING, PUBLISHED
}
