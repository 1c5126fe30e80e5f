package jp.tokyo23city.portal.inquiry.entity;

/** Where an inquiry stands: 新規 → 対応中 → 回答済 → 完了, or 保留 while the desk waits for something. */
public enum InquiryStatus {
    /** 新規: nobody has taken it yet. */
    NEW,
    /** 対応中 */
    IN_PROGRESS,
    /** 回答済: an answer went to the sender. */
    ANSWERED,
    /** 完了 */
    CLOSED,
    /** 保留 */
    ON_HOLD;

    /** Still needs the desk: counted in the queue and checked against the deadline. */
    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED;
    }
}
